#pragma once

#include <QByteArray>
#include <QString>

/// Small file helpers shared by the tests.
namespace TestFiles {

/// The file's bytes, or an empty array when it cannot be read.
QByteArray readFile(const QString &path);
/// Writes (truncating) @p bytes to @p path; false on any I/O error.
bool writeFile(const QString &path, const QByteArray &bytes);
/// The bundled demo project's template (resources/demo/env.example).
QByteArray demoTemplate();

} // namespace TestFiles
