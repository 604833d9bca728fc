#include "core/vault/VaultMatch.h"

#include <QCoreApplication>

QString VaultMatch::Candidate::describe() const
{
    QString text = itemTitle.isEmpty() ? itemId : itemTitle;
    text += QStringLiteral(" / ");
    if (!section.isEmpty()) {
        text += section + QStringLiteral(" / ");
    }
    text += fieldName;
    if (!places.isEmpty()) {
        text += QStringLiteral(" (") + places.join(QStringLiteral(", ")) + u')';
    }
    return text;
}

const VaultField *VaultMatch::field(const VaultExport &vault) const
{
    if (status != Status::Matched || candidates.size() != 1) {
        return nullptr;
    }
    const Candidate &candidate = candidates.front();
    if (candidate.itemIndex >= vault.items.size()) {
        return nullptr;
    }
    const VaultItem &item = vault.items.at(candidate.itemIndex);
    if (candidate.fieldIndex >= item.fields.size()) {
        return nullptr;
    }
    return &item.fields.at(candidate.fieldIndex);
}

QString VaultMatch::methodName(Method method)
{
    switch (method) {
    case Method::None:
        return QCoreApplication::translate("VaultMatch", "no match");
    case Method::SecretReference:
        return QCoreApplication::translate("VaultMatch", "op:// reference");
    case Method::Decorator:
        return QCoreApplication::translate("VaultMatch", "@vault decorator");
    case Method::FieldName:
        return QCoreApplication::translate("VaultMatch", "field name");
    case Method::ItemTitle:
        return QCoreApplication::translate("VaultMatch", "item title");
    }
    return {};
}

QString VaultMatch::statusName(Status status)
{
    switch (status) {
    case Status::Matched:
        return QCoreApplication::translate("VaultMatch", "matched");
    case Status::NotFound:
        return QCoreApplication::translate("VaultMatch", "not found");
    case Status::Ambiguous:
        return QCoreApplication::translate("VaultMatch", "ambiguous");
    case Status::Invalid:
        return QCoreApplication::translate("VaultMatch", "invalid");
    }
    return {};
}
