#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <expected>

/// A dotenv-linter 4.0 schema file (`--schema FILE`, usually `.dotenv_schema.json`; research/dotenv.md §5
/// and the "where the schema lives" table): `{"version": "1.0.0", "allow_other_keys": bool,
/// "entries": {"KEY": {"type": "String|Integer|Float|Boolean|Url|Email", "required": bool,
/// "regex": "..."}}}`. Used by SchemaViolationCheck.
class DotenvSchema
{
    Q_DECLARE_TR_FUNCTIONS(DotenvSchema)

public:
    enum class Type { String, Integer, Float, Boolean, Url, Email };
    struct Entry
    {
        Type type = Type::String;
        bool required = false;
        /// Empty when the entry has no "regex" (the whole value must match when it has one).
        QRegularExpression regex;
    };

    /// Parses @p json (UTF-8). Errors name @p fileName, the key and what is wrong (not JSON, an unknown
    /// type, an invalid regex); never a value of an env file.
    static std::expected<DotenvSchema, QString> parse(QByteArrayView json, const QString &fileName);
    /// Reads and parses @p path.
    static std::expected<DotenvSchema, QString> load(const QString &path);

    bool allowOtherKeys() const { return m_allowOtherKeys; }
    const QHash<QString, Entry> &entries() const { return m_entries; }
    /// Keys in file order of the schema's "entries" is not kept by JSON objects: sorted.
    QStringList keys() const;

    /// True when @p value (UTF-8) is a @p type: Integer `[+-]?digits`, Float a decimal number, Boolean
    /// `true`/`false` (any case), Url scheme://host..., Email local@domain.tld, String anything.
    static bool matches(Type type, QByteArrayView value);
    static QString typeName(Type type);

private:
    bool m_allowOtherKeys = false;
    QHash<QString, Entry> m_entries;
};
