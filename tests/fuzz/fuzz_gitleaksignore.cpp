// libFuzzer harness for the ignore files envsmith reads and writes (tests/fuzz/run.sh builds and runs it
// with ASan + UBSan). For any input:
// - as a `.gitleaksignore` (SecretScanner::readGitleaksIgnore, one fingerprint a line, `#` comments): it
//   is read without error, and every fingerprint is non-empty, trimmed, uses `/` and is not a comment;
// - as an existing `.gitignore` that GitIgnoreFixer::append extends: every existing byte is kept, the
//   added lines follow a line break, in the file's own line ending (CRLF when it has one);
// - as an env file name (one line): GitIgnoreFixer::requiredPatterns gives 4 patterns whose gitignore(5)
//   reading is the name itself: no glob character, leading `#`/`!` or trailing space left unescaped.
// The input is written to files in one temporary folder made once per run.
#include "core/hygiene/GitIgnoreFixer.h"
#include "core/hygiene/SecretScanner.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <optional>

namespace {

void require(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

bool writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes.data(), bytes.size()) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    require(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void checkGitleaksIgnore(const QTemporaryDir &dir, QByteArrayView input)
{
    require(writeFile(dir.filePath(QStringLiteral(".gitleaksignore")), input));
    const auto fingerprints = SecretScanner::readGitleaksIgnore(dir.path());
    require(fingerprints.has_value());
    require(fingerprints->size() <= input.count('\n') + 1);
    for (const QString &fingerprint : *fingerprints) {
        require(!fingerprint.isEmpty());
        require(fingerprint == fingerprint.trimmed());
        require(!fingerprint.contains(u'\\'));
        require(!fingerprint.startsWith(u'#'));
    }
}

void checkGitIgnoreAppend(const QTemporaryDir &dir, QByteArrayView input)
{
    const QString path = dir.filePath(QStringLiteral(".gitignore"));
    require(writeFile(path, input));
    const QStringList lines = {GitIgnoreFixer::headerLine(), QStringLiteral(".env"),
                               QStringLiteral(".env.*.local")};
    require(GitIgnoreFixer::append(dir.path(), lines).has_value());
    const QByteArray after = readFile(path);
    require(after.startsWith(input));
    const QByteArray eol = input.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    QByteArray added;
    for (const QString &line : lines)
        added += line.toUtf8() + eol;
    // Documented: a missing final line break is added first, then a blank line, then the lines.
    QByteArray expected = input.toByteArray();
    if (!input.isEmpty())
        expected += (input.endsWith('\n') ? QByteArray() : eol) + eol;
    require(after == expected + added);
}

/// gitignore(5) reading of a pattern that is meant to be literal: a backslash takes the next character
/// literally; an unescaped glob character, leading `#` or `!`, or trailing space makes it no literal.
std::optional<QString> literalOf(const QString &pattern)
{
    if (pattern.startsWith(u'#') || pattern.startsWith(u'!'))
        return std::nullopt;
    QString out;
    bool lastEscaped = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        lastEscaped = c == u'\\';
        if (lastEscaped) {
            if (++i == pattern.size())
                return std::nullopt; // a trailing backslash matches nothing
            out.append(pattern.at(i));
        } else if (c == u'*' || c == u'?' || c == u'[') {
            return std::nullopt;
        } else {
            out.append(c);
        }
    }
    if (pattern.endsWith(u' ') && !lastEscaped)
        return std::nullopt; // an unescaped trailing space is dropped by git
    return out;
}

void checkRequiredPatterns(QByteArrayView input)
{
    // A gitignore pattern is one line; names with line breaks cannot be expressed (GitIgnoreFixer::
    // missingLines refuses them).
    if (input.contains('\n') || input.contains('\r') || input.contains('\0'))
        return;
    const QString name = QString::fromUtf8(input);
    QString normalised = QDir::fromNativeSeparators(name);
    while (normalised.startsWith(u'/'))
        normalised.remove(0, 1);
    const QStringList patterns = GitIgnoreFixer::requiredPatterns(name);
    require(patterns.size() == 4);
    require(GitIgnoreFixer::samplePaths(name).size() == 4);
    const auto literal = literalOf(patterns.at(0));
    require(literal.has_value() && *literal == normalised);
    const auto local = literalOf(patterns.at(1));
    require(local.has_value() && *local == normalised + QStringLiteral(".local"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir dir;
    require(dir.isValid());
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkGitleaksIgnore(dir, input);
    checkGitIgnoreAppend(dir, input);
    checkRequiredPatterns(input);
    return 0;
}
