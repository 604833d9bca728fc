#include "core/setup/SyncAction.h"

#include <QCoreApplication>

QString syncActionId(SyncAction action)
{
    switch (action) {
    case SyncAction::Add:
        return QStringLiteral("add");
    case SyncAction::Update:
        return QStringLiteral("update");
    case SyncAction::Unchanged:
        return QStringLiteral("unchanged");
    case SyncAction::Conflict:
        return QStringLiteral("conflict");
    case SyncAction::VaultOnly:
        return QStringLiteral("vault-only");
    case SyncAction::LocalOnly:
        return QStringLiteral("local-only");
    case SyncAction::Skipped:
        return QStringLiteral("skipped");
    case SyncAction::Unresolved:
        return QStringLiteral("unresolved");
    }
    return {};
}

QString syncActionLabel(SyncAction action)
{
    switch (action) {
    case SyncAction::Add:
        return QCoreApplication::translate("SyncAction", "add");
    case SyncAction::Update:
        return QCoreApplication::translate("SyncAction", "update");
    case SyncAction::Unchanged:
        return QCoreApplication::translate("SyncAction", "unchanged");
    case SyncAction::Conflict:
        return QCoreApplication::translate("SyncAction", "conflict");
    case SyncAction::VaultOnly:
        return QCoreApplication::translate("SyncAction", "vault only");
    case SyncAction::LocalOnly:
        return QCoreApplication::translate("SyncAction", "local only");
    case SyncAction::Skipped:
        return QCoreApplication::translate("SyncAction", "skipped");
    case SyncAction::Unresolved:
        return QCoreApplication::translate("SyncAction", "unresolved");
    }
    return {};
}
