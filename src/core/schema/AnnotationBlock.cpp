#include "core/schema/AnnotationBlock.h"

#include <algorithm>
#include <optional>

namespace {

// Splits one decorator line into its `@...` tokens. Blanks inside (...) or quotes do not split.
QStringList decoratorTokens(QStringView line)
{
    QStringList tokens;
    QString current;
    int depth = 0;
    QChar quote;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            current.append(c);
            if (c == quote) {
                quote = QChar();
            }
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
            current.append(c);
        } else if (c == u'(') {
            ++depth;
            current.append(c);
        } else if (c == u')') {
            depth = std::max(0, depth - 1);
            current.append(c);
        } else if (c.isSpace() && depth == 0) {
            if (!current.isEmpty()) {
                tokens.append(current);
                current.clear();
            }
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty()) {
        tokens.append(current);
    }
    return tokens;
}

std::optional<AnnotationBlock::Decorator> parseDecorator(const QString &token)
{
    if (!token.startsWith(u'@') || token.size() < 2) {
        return std::nullopt;
    }
    AnnotationBlock::Decorator decorator;
    qsizetype end = 1;
    while (end < token.size() &&
           (token.at(end).isLetterOrNumber() || token.at(end) == u'_' || token.at(end) == u'-')) {
        ++end;
    }
    decorator.name = token.mid(1, end - 1);
    if (decorator.name.isEmpty()) {
        return std::nullopt;
    }
    const QString rest = token.mid(end);
    if (rest.startsWith(u'=')) {
        decorator.value = rest.mid(1);
        decorator.hasValue = true;
    } else if (rest.startsWith(u'(') && rest.endsWith(u')')) {
        decorator.value = rest.mid(1, rest.size() - 2);
        decorator.hasValue = true;
    } else if (!rest.isEmpty()) {
        return std::nullopt;
    }
    if (decorator.value.size() >= 2 &&
        (decorator.value.front() == u'"' || decorator.value.front() == u'\'') &&
        decorator.value.back() == decorator.value.front()) {
        decorator.value = decorator.value.mid(1, decorator.value.size() - 2);
    }
    return decorator;
}

} // namespace

AnnotationBlock AnnotationBlock::fromCommentTexts(const QStringList &texts)
{
    AnnotationBlock block;
    QStringList description;
    for (const QString &text : texts) {
        if (text.startsWith(u'@')) {
            for (const QString &token : decoratorTokens(text)) {
                if (token.startsWith(u'#')) {
                    break; // a trailing comment after the decorators
                }
                if (auto decorator = parseDecorator(token)) {
                    block.m_decorators.append(*decorator);
                }
            }
        } else if (!text.isEmpty()) {
            description.append(text);
        }
    }
    block.m_description = description.join(u'\n');
    return block;
}

QString AnnotationBlock::commentText(QByteArrayView raw)
{
    QString text = QString::fromUtf8(raw).trimmed();
    qsizetype start = 0;
    while (start < text.size() && text.at(start) == u'#') {
        ++start;
    }
    return text.mid(start).trimmed();
}

bool AnnotationBlock::isDivider(QStringView text)
{
    if (text.size() < 3) {
        return false;
    }
    static const QString ruleCharacters = QStringLiteral(u"-=*#_~\u2013\u2014\u2500\u2550 ");
    for (const QChar c : text) {
        if (!ruleCharacters.contains(c)) {
            return false;
        }
    }
    return true;
}

const AnnotationBlock::Decorator *AnnotationBlock::find(QStringView name) const
{
    for (auto it = m_decorators.crbegin(); it != m_decorators.crend(); ++it) {
        if (it->name.compare(name, Qt::CaseInsensitive) == 0) {
            return &*it;
        }
    }
    return nullptr;
}
