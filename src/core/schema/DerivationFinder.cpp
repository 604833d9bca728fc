#include "core/schema/DerivationFinder.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DerivationFinder", text);
}

const QRegularExpression &referencePattern()
{
    // ${VAR}, ${VAR:-default} is not a plain reference and is left alone; $VAR ends at the first
    // character that cannot be in a name. A `\$` or `$$` is not a reference.
    static const QRegularExpression re(
        QStringLiteral("(?<![\\\\$])\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))"));
    return re;
}

const QRegularExpression &credentialUrlPattern()
{
    static const QRegularExpression re(
        QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://)([^:/@\\s]*):([^@/\\s]*)@([^/\\s?#]+)"));
    return re;
}

// True when position @p at of @p text lies in the userinfo of a URL: after `scheme://`, before the `@`
// that ends the authority's userinfo.
bool inUrlUserinfo(const QString &text, qsizetype at, qsizetype end)
{
    static const QRegularExpression before(QStringLiteral("[A-Za-z][A-Za-z0-9+.-]*://[^/@\\s]*$"));
    static const QRegularExpression after(QStringLiteral("^[^/\\s]*@"));
    return before.match(QStringView(text).left(at)).hasMatch() &&
           after.match(QStringView(text).mid(end)).hasMatch();
}

bool isLocalHost(const QString &host)
{
    static const QRegularExpression local(
        QStringLiteral("^(localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|\\[::1\\])$"),
        QRegularExpression::CaseInsensitiveOption);
    return local.match(host).hasMatch() || !host.contains(u'.') || host.endsWith(u".local") ||
           host.endsWith(u".localhost") || host.endsWith(u".test") || host.endsWith(u".internal");
}

void makeDerived(VariableSpec &spec, const VariableSpec &source, Derivation derivation, const QString &reason)
{
    spec.kind = VariableKind::Derived;
    spec.derivation = std::move(derivation);
    spec.kindReason = reason;
    spec.sensitive = source.sensitive;
    spec.service.clear();
    spec.profile = GeneratorProfile();
    spec.profileReason.clear();
}

} // namespace

void DerivationFinder::resolve(QList<VariableSpec> &specs)
{
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        indexOf.insert(specs.at(i).name, i);
    }
    static const QRegularExpression sameAs(
        QStringLiteral("(?:same as|must match|must equal|copy of|identical "
                       "to)\\s+`?\\$?\\{?([A-Z][A-Z0-9]*_[A-Z0-9_]+)"),
        QRegularExpression::CaseInsensitiveOption);

    for (qsizetype i = 0; i < specs.size(); ++i) {
        VariableSpec &spec = specs[i];
        if (spec.annotated) {
            continue;
        }
        const QString value = QString::fromUtf8(spec.templateValue);

        // 1. ${VAR} / $VAR references.
        struct Reference
        {
            qsizetype start;
            qsizetype end;
            qsizetype index;
        };
        QList<Reference> references;
        for (auto it = referencePattern().globalMatch(value); it.hasNext();) {
            const auto m = it.next();
            const QString name = m.hasCaptured(1) ? m.captured(1) : m.captured(2);
            const auto found = indexOf.constFind(name);
            if (found != indexOf.cend() && *found != i) {
                references.append({m.capturedStart(0), m.capturedEnd(0), *found});
            }
        }
        if (!references.isEmpty()) {
            const auto chosen =
                std::find_if(references.cbegin(), references.cend(), [&specs](const Reference &r) {
                    return specs.at(r.index).kind == VariableKind::Generate;
                });
            const Reference source = chosen != references.cend() ? *chosen : references.first();
            const auto expand = [&](qsizetype from, qsizetype to) {
                QString out;
                qsizetype pos = from;
                for (const Reference &r : references) {
                    if (r.start < from || r.end > to || r.start == source.start) {
                        continue;
                    }
                    out += QStringView(value).mid(pos, r.start - pos);
                    out += QString::fromUtf8(specs.at(r.index).templateValue);
                    pos = r.end;
                }
                out += QStringView(value).mid(pos, to - pos);
                return out;
            };
            Derivation derivation;
            derivation.source = specs.at(source.index).name;
            derivation.prefix = expand(0, source.start).toUtf8();
            derivation.suffix = expand(source.end, value.size()).toUtf8();
            derivation.escaping = inUrlUserinfo(value, source.start, source.end)
                                      ? Derivation::Escaping::UrlUserinfo
                                      : Derivation::Escaping::None;
            makeDerived(spec, specs.at(source.index), derivation,
                        tr("the template value refers to %1").arg(derivation.source));
            continue;
        }

        // 2. A comment that says the value is a copy of another key.
        if (const auto m = sameAs.match(spec.description); m.hasMatch()) {
            const auto found = indexOf.constFind(m.captured(1));
            if (found != indexOf.cend() && *found != i) {
                Derivation derivation;
                derivation.source = specs.at(*found).name;
                makeDerived(spec, specs.at(*found), derivation,
                            tr("the comment says it is the same as %1").arg(derivation.source));
                continue;
            }
        }

        // 3. A URL with a password.
        const auto url = credentialUrlPattern().match(value);
        if (!url.hasMatch() || url.capturedLength(3) == 0) {
            continue;
        }
        const QString password = url.captured(3);
        const QByteArray decodedPassword = QByteArray::fromPercentEncoding(password.toUtf8());
        bool derived = false;
        for (qsizetype j = 0; j < specs.size() && !derived; ++j) {
            const VariableSpec &other = specs.at(j);
            if (j == i || other.kind != VariableKind::Generate || other.templateValue.isEmpty() ||
                other.templateValue != decodedPassword) {
                continue;
            }
            Derivation derivation;
            derivation.source = other.name;
            derivation.prefix = QStringView(value).left(url.capturedStart(3)).toUtf8();
            derivation.suffix = QStringView(value).mid(url.capturedEnd(3)).toUtf8();
            derivation.escaping = Derivation::Escaping::UrlUserinfo;
            makeDerived(spec, other, derivation, tr("the URL's password is the value of %1").arg(other.name));
            derived = true;
        }
        for (qsizetype j = 0; j < i && !derived; ++j) {
            const VariableSpec &other = specs.at(j);
            if (other.templateValue == spec.templateValue) {
                Derivation derivation;
                derivation.source = other.name;
                makeDerived(spec, other, derivation, tr("a copy of %1").arg(other.name));
                derived = true;
            }
        }
        if (!derived && spec.kind == VariableKind::Config &&
            !isLocalHost(url.captured(4).section(u':', 0, 0))) {
            spec.kind = VariableKind::ThirdPartySecret;
            spec.sensitive = true;
            spec.kindReason = tr("a URL with the password of an outside server");
        }
    }
}
