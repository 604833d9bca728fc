#include "core/setup/PlanDescription.h"

#include <QCoreApplication>

namespace {

QString profileName(const GeneratorProfile &profile)
{
    switch (profile.kind) {
    case GeneratorProfile::Kind::Base64:
        return QStringLiteral("base64");
    case GeneratorProfile::Kind::Base64Url:
        return QStringLiteral("base64url");
    case GeneratorProfile::Kind::Hex:
        return QStringLiteral("hex");
    case GeneratorProfile::Kind::Alphanumeric:
        return PlanDescription::tr("letters and digits");
    case GeneratorProfile::Kind::Password:
        return PlanDescription::tr("password");
    case GeneratorProfile::Kind::Uuid:
        return QStringLiteral("UUID");
    case GeneratorProfile::Kind::LaravelKey:
        return PlanDescription::tr("Laravel key");
    }
    return {};
}

} // namespace

QString PlanDescription::source(const PlannedVariable &row)
{
    switch (row.action) {
    case PlanAction::Keep:
        return PlanDescription::tr("kept from the existing .env");
    case PlanAction::Generate:
        return PlanDescription::tr("generated (%1, %2 bits)")
            .arg(profileName(row.spec.profile))
            .arg(qRound(row.spec.profile.entropyBits()));
    case PlanAction::Template:
        return PlanDescription::tr("from the template");
    case PlanAction::Manual:
        if (row.value->isEmpty()) {
            return row.spec.service.isEmpty()
                       ? PlanDescription::tr("to do: enter the value")
                       : PlanDescription::tr("to do: enter the value from %1").arg(row.spec.service);
        }
        return PlanDescription::tr("entered by you");
    case PlanAction::Derive:
        return PlanDescription::tr("derived from %1").arg(row.spec.derivation.source);
    }
    return {};
}

QString PlanDescription::actionId(const PlannedVariable &row)
{
    switch (row.action) {
    case PlanAction::Keep:
        return QStringLiteral("keep");
    case PlanAction::Generate:
        return QStringLiteral("generate");
    case PlanAction::Template:
        return QStringLiteral("template");
    case PlanAction::Manual:
        return row.value->isEmpty() ? QStringLiteral("todo") : QStringLiteral("manual");
    case PlanAction::Derive:
        return QStringLiteral("derive");
    }
    return {};
}
