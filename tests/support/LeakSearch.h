#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/// Searches output streams and files for secret values in every form a leak could take (issue 4 §3):
/// raw, standard base64, base64url without padding, lowercase and uppercase hex, and percent-encoded.
/// Hits are described by place, value number and form, never by the value itself.
class LeakSearch
{
public:
    struct Result
    {
        /// e.g. "/home/x/.cache/y: value 2 as hex".
        QStringList hits;
        /// Every file that was read.
        QStringList searched;
    };

    /// The encoded forms of @p value that are searched for (each at least as long as the value).
    static QList<QByteArray> forms(const QByteArray &value);
    /// Every regular file under @p root (recursively, hidden files included, symlinks not followed), except
    /// those for which @p skip (given the absolute path) returns true.
    static Result searchFiles(const QString &root, const QList<QByteArray> &values,
                              const std::function<bool(const QString &path)> &skip = {});
    /// Every line of @p stream (named @p streamName in hits).
    static QStringList searchLines(const QByteArray &stream, const QString &streamName,
                                   const QList<QByteArray> &values);
};
