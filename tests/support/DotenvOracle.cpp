#include "DotenvOracle.h"

#include <QFile>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// Debian's python3 with python3-dotenv is the reference reader; a python3 earlier on PATH (pyenv, a venv)
// may carry another python-dotenv release or none.
QString debianPython()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

std::expected<QByteArray, QString> run(const QString &program, const QStringList &arguments)
{
    const QString executable = QStandardPaths::findExecutable(program);
    if (executable.isEmpty()) {
        return std::unexpected(u"%1 is not installed"_s.arg(program));
    }
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(ENVSMITH_ORACLES_DIR));
    process.start(executable, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return std::unexpected(u"%1 did not finish: %2"_s.arg(program, process.errorString()));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return std::unexpected(u"%1 failed (exit %2): %3"_s.arg(program)
                                   .arg(process.exitCode())
                                   .arg(QString::fromUtf8(process.readAllStandardError()).left(2000)));
    }
    return process.readAllStandardOutput();
}

std::expected<QHash<QString, QByteArray>, QString> toHash(const QJsonValue &value)
{
    if (!value.isObject()) {
        return std::unexpected(u"reader output is not a JSON object"_s);
    }
    QHash<QString, QByteArray> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull()) {
            continue; // python-dotenv: key without a value
        }
        if (!it.value().isString()) {
            return std::unexpected(u"reader output has a non-string value for %1"_s.arg(it.key()));
        }
        QByteArray bytes = it.value().toString().toUtf8();
        if (bytes.isNull()) {
            bytes = QByteArray(""); // empty, not absent
        }
        out.insert(it.key(), bytes);
    }
    return out;
}

std::expected<QJsonDocument, QString> parseJson(const QByteArray &bytes)
{
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(u"reader output is not JSON: %1"_s.arg(error.errorString()));
    }
    return document;
}

// dotenv.parse() of every file named on the command line, as a JSON array. Non-ASCII characters are
// written as \u escapes: Qt's JSON parser drops a raw U+FEFF inside strings.
constexpr auto kManyScript = R"(const fs = require('fs');
const dotenv = require('dotenv');
const out = process.argv.slice(1).map((f) => dotenv.parse(fs.readFileSync(f)));
process.stdout.write(JSON.stringify(out).replace(/[\u007f-\uffff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')));)";

// Runs @p program with @p arguments followed by a batch of @p paths, for as many batches as needed; the
// program prints a JSON array with one object per file.
std::expected<QList<QHash<QString, QByteArray>>, QString>
readMany(const QString &program, const QStringList &arguments, const QStringList &paths)
{
    QList<QHash<QString, QByteArray>> out;
    // Keep each command line well under the kernel's limit.
    constexpr qsizetype kBatch = 500;
    for (qsizetype from = 0; from < paths.size(); from += kBatch) {
        const auto output = run(program, arguments + paths.mid(from, kBatch));
        if (!output) {
            return std::unexpected(output.error());
        }
        const auto json = parseJson(*output);
        if (!json) {
            return std::unexpected(json.error());
        }
        const QJsonArray array = json->array();
        for (const QJsonValue &item : array) {
            auto hash = toHash(item);
            if (!hash) {
                return std::unexpected(hash.error());
            }
            out.append(*hash);
        }
    }
    if (out.size() != paths.size()) {
        return std::unexpected(
            u"%1 read %2 files, expected %3"_s.arg(program).arg(out.size()).arg(paths.size()));
    }
    return out;
}

} // namespace

std::expected<QHash<QString, QByteArray>, QString> DotenvOracle::readWithNode(const QString &path)
{
    // Same as `node read-dotenv.js FILE`, with non-ASCII output escaped (see kManyScript).
    auto many = readManyWithNode({path});
    if (!many) {
        return std::unexpected(many.error());
    }
    return many->first();
}

std::expected<QHash<QString, QByteArray>, QString> DotenvOracle::readWithPython(const QString &path)
{
    const auto output = run(debianPython(), {QStringLiteral(ENVSMITH_ORACLES_DIR "/read_dotenv.py"), path});
    if (!output) {
        return std::unexpected(output.error());
    }
    const auto json = parseJson(*output);
    if (!json) {
        return std::unexpected(json.error());
    }
    return toHash(json->object());
}

std::expected<QList<QHash<QString, QByteArray>>, QString>
DotenvOracle::readManyWithNode(const QStringList &paths)
{
    return readMany(u"node"_s, {u"-e"_s, QString::fromUtf8(kManyScript)}, paths);
}

std::expected<QList<QHash<QString, QByteArray>>, QString>
DotenvOracle::readManyWithPython(const QStringList &paths)
{
    return readMany(debianPython(), {QStringLiteral(ENVSMITH_ORACLES_DIR "/read_dotenv.py"), u"--many"_s},
                    paths);
}

QString DotenvOracle::nodeMissing()
{
    if (QStandardPaths::findExecutable(u"node"_s).isEmpty()) {
        return u"node is not installed"_s;
    }
    if (!QFileInfo::exists(QStringLiteral(ENVSMITH_ORACLES_DIR "/node_modules/dotenv/package.json"))) {
        return u"npm dotenv is not installed: run npm install in tests/oracles"_s;
    }
    return {};
}

QString DotenvOracle::pythonMissing()
{
    const auto output = run(debianPython(), {u"-c"_s, u"import dotenv"_s});
    return output ? QString() : u"python-dotenv is not available: %1"_s.arg(output.error());
}
