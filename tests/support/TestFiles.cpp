#include "TestFiles.h"

#include <QFile>

namespace TestFiles {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray demoTemplate()
{
    return readFile(QStringLiteral(ENVSMITH_SOURCE_DIR "/resources/demo/env.example"));
}

} // namespace TestFiles
