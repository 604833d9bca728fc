#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// The comment lines directly above one template key, split by the @env-spec lexical rules
/// (research/dotenv.md §7, DESIGN.md §5): a line whose text starts with `@` is a decorator line, every
/// other line is description. A decorator line holds one or more decorators separated by blanks:
/// `@name` (a flag), `@name=value` or `@name(args)`; blanks inside parentheses or quotes do not split.
class AnnotationBlock
{
public:
    struct Decorator
    {
        QString name;  ///< without the `@`, e.g. "generate"
        QString value; ///< the text after `=`, or the arguments inside `(...)`; empty for a flag
        bool hasValue = false;
    };

    /// Splits comment texts (each without its leading `#`, already trimmed) into description and
    /// decorators.
    static AnnotationBlock fromCommentTexts(const QStringList &texts);
    /// The text of a comment line (`raw` bytes of a Comment entry, UTF-8): without leading blanks, `#`
    /// characters and surrounding blanks.
    static QString commentText(QByteArrayView raw);
    /// True for a comment text that separates sections (`---`, `===`, `***`, `###`, dash rules of
    /// U+2013/U+2014): @env-spec's `# ---` rule, which detaches the comments above it.
    static bool isDivider(QStringView text);

    QString description() const { return m_description; }
    const QList<Decorator> &decorators() const { return m_decorators; }
    /// The last decorator called @p name, or nullptr.
    const Decorator *find(QStringView name) const;
    bool has(QStringView name) const { return find(name) != nullptr; }

private:
    QString m_description;
    QList<Decorator> m_decorators;
};
