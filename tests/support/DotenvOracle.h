#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

/// Reads dotenv files with the real readers in tests/oracles (ENVSMITH_ORACLES_DIR): the npm `dotenv`
/// package (dotenv.parse, as `node read-dotenv.js FILE`, run inline so that non-ASCII output is escaped) and
/// python-dotenv (`python3 read_dotenv.py FILE`, interpolation off). Returns key -> value (UTF-8 bytes).
/// python-dotenv's keys without a value (`None`) are left out, as load_dotenv() leaves them unset. Fails with
/// a message when the reader is missing or fails.
class DotenvOracle
{
public:
    static std::expected<QHash<QString, QByteArray>, QString> readWithNode(const QString &path);
    static std::expected<QHash<QString, QByteArray>, QString> readWithPython(const QString &path);
    /// Reads many files with one node process (dotenv.parse of each file), in order.
    static std::expected<QList<QHash<QString, QByteArray>>, QString>
    readManyWithNode(const QStringList &paths);
    /// Reads many files with one python3 process (`read_dotenv.py --many`), in order.
    static std::expected<QList<QHash<QString, QByteArray>>, QString>
    readManyWithPython(const QStringList &paths);

    /// Empty when node and tests/oracles/node_modules/dotenv are there, else why not (for QSKIP).
    static QString nodeMissing();
    /// Empty when python3 can import dotenv, else why not (for QSKIP).
    static QString pythonMissing();
};
