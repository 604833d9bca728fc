#include "core/setup/SecretAgeCheck.h"

#include "core/setup/RotationPolicy.h"

QList<HygieneFinding> SecretAgeCheck::check(const EnvTemplate &envTemplate, const KeychainIndex &index,
                                            const QString &service, const QDateTime &now)
{
    QList<HygieneFinding> findings;
    int checked = 0;
    for (const VariableSpec &spec : envTemplate.variables()) {
        const int period = RotationPolicy::periodDays(spec);
        if (period <= 0) {
            continue;
        }
        const std::optional<KeychainIndex::Record> record = index.record(service, spec.name);
        if (!record) {
            continue;
        }
        const QDateTime since = record->rotated.isValid() ? record->rotated : record->created;
        if (!since.isValid()) {
            continue;
        }
        ++checked;
        const qint64 age = since.daysTo(now);
        if (age <= period) {
            continue;
        }
        HygieneFinding finding;
        finding.id = QStringLiteral("secret-age");
        finding.status = HygieneFinding::Status::Failed;
        finding.severity = HygieneFinding::Severity::Warning;
        const QString why = spec.rotateDays > 0                        ? tr("@rotate in the template")
                            : RotationPolicy::isDatabasePassword(spec) ? tr("default for database passwords")
                                                                       : tr("default for signing keys");
        finding.message = tr("%1 was last set %2 days ago (%3); its rotation period is %4 days (%5).")
                              .arg(spec.name)
                              .arg(age)
                              .arg(since.toUTC().date().toString(Qt::ISODate))
                              .arg(period)
                              .arg(why);
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
