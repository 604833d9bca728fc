#include "core/setup/SecretAgeCheck.h"

#include "core/setup/RotationPolicy.h"

std::optional<SecretAgeCheck::Age> SecretAgeCheck::age(const VariableSpec &spec, const KeychainIndex &index,
                                                       const QString &service, const QDateTime &now)
{
    const int period = RotationPolicy::periodDays(spec);
    if (period <= 0) {
        return std::nullopt;
    }
    const std::optional<KeychainIndex::Record> record = index.record(service, spec.name);
    if (!record) {
        return std::nullopt;
    }
    const QDateTime since = record->rotated.isValid() ? record->rotated : record->created;
    if (!since.isValid()) {
        return std::nullopt;
    }
    return Age{since.daysTo(now), period, since.toUTC().date()};
}

QString SecretAgeCheck::periodReason(const VariableSpec &spec)
{
    return spec.rotateDays > 0                        ? tr("@rotate in the template")
           : RotationPolicy::isDatabasePassword(spec) ? tr("default for database passwords")
                                                      : tr("default for signing keys");
}

QList<HygieneFinding> SecretAgeCheck::check(const EnvTemplate &envTemplate, const KeychainIndex &index,
                                            const QString &service, const QDateTime &now)
{
    QList<HygieneFinding> findings;
    int checked = 0;
    for (const VariableSpec &spec : envTemplate.variables()) {
        const std::optional<Age> secretAge = age(spec, index, service, now);
        if (!secretAge) {
            continue;
        }
        ++checked;
        if (!secretAge->overdue()) {
            continue;
        }
        HygieneFinding finding;
        finding.id = QStringLiteral("secret-age");
        finding.status = HygieneFinding::Status::Failed;
        finding.severity = HygieneFinding::Severity::Warning;
        finding.message = tr("%1 was last set %2 days ago (%3); its rotation period is %4 days (%5).")
                              .arg(spec.name)
                              .arg(secretAge->days)
                              .arg(secretAge->since.toString(Qt::ISODate))
                              .arg(secretAge->periodDays)
                              .arg(periodReason(spec));
        finding.fixDescription = tr("Rotate it: envsmith rotate %1").arg(spec.name);
        findings.append(finding);
    }
    if (findings.isEmpty() && checked > 0) {
        HygieneFinding finding;
        finding.id = QStringLiteral("secret-age");
        finding.status = HygieneFinding::Status::Passed;
        finding.severity = HygieneFinding::Severity::Warning;
        finding.message = tr("%n secret(s) with a rotation period are within it.", nullptr, checked);
        findings.append(finding);
    }
    return findings;
}
