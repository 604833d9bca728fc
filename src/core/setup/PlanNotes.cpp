#include "core/setup/PlanNotes.h"

#include "core/dotenv/DotenvLinter.h"
#include "core/store/KeychainIndex.h"

#include <QFileInfo>
#include <QSet>

namespace {

/// The key of the assignment that starts on or spans @p line, or an empty string.
QString keyAtLine(const DotenvDocument &document, int line)
{
    const QList<DotenvEntry> &entries = document.entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const DotenvEntry &entry = entries.at(i);
        const int last = entry.line + int(entry.raw.count('\n')) - (entry.raw.endsWith('\n') ? 1 : 0);
        if (line >= entry.line && line <= qMax(entry.line, last)) {
            return entry.kind == DotenvEntry::Kind::Assignment ? entry.key : QString();
        }
    }
    return {};
}

} // namespace

PlanNotes PlanNotes::build(const SetupPlan &plan, const KeychainIndex *index, const QString &service,
                           const QDateTime &now)
{
    PlanNotes notes;
    QSet<QString> names;
    for (const PlannedVariable &variable : plan.variables()) {
        names.insert(variable.spec.name);
    }

    const DotenvLinter linter;
    auto addFindings = [&](const DotenvDocument &document, const QString &fileName, bool isTemplate) {
        const DotenvLinter::Report report = linter.lint(document, isTemplate);
        for (const DotenvLintFinding &finding : report.findings) {
            QString text = tr("%1:%2: %3").arg(fileName).arg(finding.line).arg(finding.message);
            if (!finding.fix.isEmpty()) {
                text += u' ' + tr("Fix: %1").arg(finding.fix);
            }
            const QString key = keyAtLine(document, finding.line);
            if (!key.isEmpty() && names.contains(key)) {
                VariableNotes &entry = notes.m_byName[key];
                entry.lint.append(text);
                if (finding.severity == DotenvLintFinding::Severity::Error) {
                    ++entry.lintErrors;
                }
            } else {
                notes.m_general.append(text);
            }
        }
    };
    addFindings(plan.envTemplate().document(), QFileInfo(plan.envTemplate().path()).fileName(), true);
    if (plan.existing()) {
        addFindings(*plan.existing(), plan.context().envFileName(), false);
    }

    if (index != nullptr) {
        for (const PlannedVariable &variable : plan.variables()) {
            const auto age = SecretAgeCheck::age(variable.spec, *index, service, now);
            if (age && age->overdue()) {
                notes.m_byName[variable.spec.name].overdue = age;
            }
        }
    }
    return notes;
}

QString PlanNotes::summary(const VariableNotes &notes)
{
    QStringList parts;
    if (notes.overdue) {
        parts.append(tr("Overdue (%n day(s) old)", nullptr, int(notes.overdue->days)));
    }
    if (!notes.lint.isEmpty()) {
        parts.append(tr("%n lint note(s)", nullptr, int(notes.lint.size())));
    }
    return parts.join(QStringLiteral(", "));
}

QStringList PlanNotes::details(const VariableNotes &notes)
{
    QStringList lines;
    if (notes.overdue) {
        lines.append(
            tr("Last set %1 day(s) ago (%2); rotation period %3 days. Rotate it: choose \"Regenerate "
               "secrets\" on the start page, or run envsmith rotate.")
                .arg(notes.overdue->days)
                .arg(notes.overdue->since.toString(Qt::ISODate))
                .arg(notes.overdue->periodDays));
    }
    lines.append(notes.lint);
    return lines;
}
