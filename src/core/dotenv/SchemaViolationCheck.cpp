#include "core/dotenv/SchemaViolationCheck.h"

#include "core/dotenv/DotenvSchema.h"

#include <QSet>

void SchemaViolationCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    if (context.schema == nullptr) {
        return;
    }
    const DotenvSchema &schema = *context.schema;
    QSet<QString> present;
    int lastLine = 1;
    for (const DotenvEntry &entry : context.document.entries()) {
        lastLine = qMax(lastLine, entry.line);
        if (entry.kind != DotenvEntry::Kind::Assignment) {
            continue;
        }
        present.insert(entry.key);
        const auto it = schema.entries().find(entry.key);
        if (it == schema.entries().end()) {
            if (!schema.allowOtherKeys()) {
                findings.append(finding(entry.line,
                                        tr("The %1 key is not defined in the schema").arg(entry.key),
                                        tr("Add %1 to the schema's entries, or remove it").arg(entry.key)));
            }
            continue;
        }
        if (!DotenvSchema::matches(it->type, entry.value)) {
            findings.append(
                finding(entry.line,
                        tr("The %1 key is not a valid %2").arg(entry.key, DotenvSchema::typeName(it->type)),
                        tr("Give %1 a value of type %2").arg(entry.key, DotenvSchema::typeName(it->type))));
        } else if (it->regex.isValid() && !it->regex.pattern().isEmpty() &&
                   !it->regex.match(QString::fromUtf8(entry.value)).hasMatch()) {
            findings.append(finding(entry.line,
                                    tr("The %1 key does not match the schema's regex").arg(entry.key),
                                    tr("Give %1 a value that matches the schema's regex").arg(entry.key)));
        }
    }
    for (const QString &key : schema.keys()) {
        if (schema.entries().value(key).required && !present.contains(key)) {
            findings.append(finding(lastLine, tr("The %1 key is required by the schema but missing").arg(key),
                                    tr("Add %1=<value>").arg(key)));
        }
    }
}
