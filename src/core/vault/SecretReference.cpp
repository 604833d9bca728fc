#include "core/vault/SecretReference.h"

namespace {

constexpr QLatin1StringView kScheme("op://");

bool allowedCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
           c == u'_' || c == u'.' || c == u' ';
}

QString partName(int index, int count)
{
    switch (index) {
    case 0:
        return SecretReference::tr("vault");
    case 1:
        return SecretReference::tr("item");
    case 2:
        return count == 4 ? SecretReference::tr("section") : SecretReference::tr("field");
    default:
        return SecretReference::tr("field");
    }
}

} // namespace

bool SecretReference::looksLikeReference(QStringView text)
{
    return text.startsWith(kScheme, Qt::CaseInsensitive);
}

std::expected<SecretReference, QString> SecretReference::parse(QStringView text)
{
    const QString shown = text.toString();
    if (!looksLikeReference(text)) {
        return std::unexpected(
            tr("'%1' is not a secret reference: it must start with op://, e.g. op://Team/Stripe/credential.")
                .arg(shown));
    }
    QStringView rest = text.mid(kScheme.size());
    SecretReference reference;
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        const QStringView query = rest.mid(question + 1);
        rest = rest.first(question);
        const qsizetype eq = query.indexOf(u'=');
        if (eq <= 0 || eq == query.size() - 1 || query.contains(u'&')) {
            return std::unexpected(tr("The query of the secret reference '%1' must be one key=value pair, "
                                      "e.g. ?attribute=otp.")
                                       .arg(shown));
        }
        reference.m_queryKey = query.first(eq).toString();
        reference.m_queryValue = query.mid(eq + 1).toString();
        if (reference.m_queryKey.compare(u"attribute", Qt::CaseInsensitive) != 0 &&
            reference.m_queryKey.compare(u"ssh-format", Qt::CaseInsensitive) != 0) {
            return std::unexpected(tr("The secret reference '%1' has the unknown query '%2'; 1Password knows "
                                      "only attribute= and ssh-format=.")
                                       .arg(shown, reference.m_queryKey));
        }
    }
    const QList<QStringView> parts = rest.split(u'/');
    if (parts.size() < 3 || parts.size() > 4) {
        return std::unexpected(tr("The secret reference '%1' has %2 part(s); write "
                                  "op://vault/item/field or op://vault/item/section/field.")
                                   .arg(shown)
                                   .arg(parts.size()));
    }
    for (int i = 0; i < parts.size(); ++i) {
        const QStringView part = parts.at(i);
        const QString what = partName(i, int(parts.size()));
        if (part.isEmpty()) {
            return std::unexpected(tr("The %1 part of the secret reference '%2' is empty.").arg(what, shown));
        }
        if (part.front() == u' ' || part.back() == u' ') {
            return std::unexpected(
                tr("The %1 part of the secret reference '%2' starts or ends with a space; remove it.")
                    .arg(what, shown));
        }
        for (const QChar c : part) {
            if (!allowedCharacter(c)) {
                return std::unexpected(
                    tr("The %1 part of the secret reference '%2' contains '%3'. References allow only "
                       "letters, digits, '-', '_', '.' and spaces; use the %1's ID instead of its name.")
                        .arg(what, shown, QString(c)));
            }
        }
    }
    reference.m_vault = parts.at(0).toString();
    reference.m_item = parts.at(1).toString();
    if (parts.size() == 4) {
        reference.m_section = parts.at(2).toString();
    }
    reference.m_field = parts.back().toString();
    return reference;
}

QString SecretReference::toString() const
{
    QString text = kScheme + m_vault + u'/' + m_item + u'/';
    if (!m_section.isEmpty()) {
        text += m_section + u'/';
    }
    text += m_field;
    if (hasQuery()) {
        text += u'?' + m_queryKey + u'=' + m_queryValue;
    }
    return text;
}

bool SecretReference::equals(const SecretReference &other) const
{
    const auto same = [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) == 0;
    };
    return same(m_vault, other.m_vault) && same(m_item, other.m_item) && same(m_section, other.m_section) &&
           same(m_field, other.m_field) && same(m_queryKey, other.m_queryKey) &&
           same(m_queryValue, other.m_queryValue);
}
