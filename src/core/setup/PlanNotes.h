#pragma once

#include "core/dotenv/DotenvLintFinding.h"
#include "core/setup/SecretAgeCheck.h"
#include "core/setup/SetupPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class KeychainIndex;

/// What the Variables page shows beside each variable besides its value (issues 3 §3 and 4 §5): the lint
/// findings of the template and of the existing `.env` (DotenvLinter), attached to the variable whose
/// assignment they are on, and the secret's age when it is overdue for rotation (SecretAgeCheck).
/// Findings that belong to no template variable (a blank-line check, a key only in `.env`) are general
/// notes. Texts name keys, files and lines, never values.
class PlanNotes
{
    Q_DECLARE_TR_FUNCTIONS(PlanNotes)

public:
    struct VariableNotes
    {
        /// "file:line: message Fix: fix" for each lint finding on this variable's lines.
        QStringList lint;
        int lintErrors = 0;
        /// Set when the stored secret is older than its rotation period.
        std::optional<SecretAgeCheck::Age> overdue;
        bool isEmpty() const { return lint.isEmpty() && !overdue; }
    };

    /// Lints @p plan's template and existing `.env` and checks ages against @p index (may be nullptr: no
    /// age notes) for @p service at @p now.
    static PlanNotes build(const SetupPlan &plan, const KeychainIndex *index, const QString &service,
                           const QDateTime &now);

    /// The notes of @p name (empty when none).
    VariableNotes forVariable(const QString &name) const { return m_byName.value(name); }
    /// Lint findings tied to no template variable, as "file:line: message".
    const QStringList &general() const { return m_general; }
    /// Short text for a table cell: "Overdue (120 days)", "2 lint notes", "" when none.
    static QString summary(const VariableNotes &notes);
    /// Every line of @p notes, for a tooltip.
    static QStringList details(const VariableNotes &notes);

private:
    QHash<QString, VariableNotes> m_byName;
    QStringList m_general;
};
