#include "core/schema/EnvTemplate.h"

#include "core/schema/AnnotationBlock.h"
#include "core/schema/DerivationFinder.h"
#include "core/schema/VariableClassifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace {

// The `# ...` comment after an assignment's value on the same line (empty when there is none).
QString inlineComment(const DotenvEntry &entry)
{
    const QString raw = QString::fromUtf8(entry.raw).trimmed();
    qsizetype pos = raw.indexOf(u'=');
    if (pos < 0) {
        return {};
    }
    ++pos;
    while (pos < raw.size() && (raw.at(pos) == u' ' || raw.at(pos) == u'\t')) {
        ++pos;
    }
    if (pos < raw.size() && (raw.at(pos) == u'"' || raw.at(pos) == u'\'' || raw.at(pos) == u'`')) {
        const qsizetype close = raw.lastIndexOf(raw.at(pos));
        pos = close > pos ? close + 1 : raw.size();
        const qsizetype hash = raw.indexOf(u'#', pos);
        return hash < 0 ? QString() : raw.mid(hash + 1).trimmed();
    }
    static const QRegularExpression comment(QStringLiteral("(?:^|\\s)#(.*)$"));
    const auto m = comment.match(QStringView(raw).mid(pos));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

// Applies @env-spec decorators to @p spec; returns true when they decide the kind.
bool applyDecorators(VariableSpec &spec, const AnnotationBlock &block)
{
    bool decided = false;
    if (block.has(u"optional")) {
        spec.required = false;
    }
    if (block.has(u"required")) {
        spec.required = true;
    }
    if (const auto *rotate = block.find(u"rotate")) {
        static const QRegularExpression days(QStringLiteral("^(\\d{1,5})d$"));
        if (const auto m = days.match(rotate->value); m.hasMatch()) {
            spec.rotateDays = m.captured(1).toInt();
        }
    }
    if (const auto *regenerate = block.find(u"regenerate")) {
        if (regenerate->value.compare(u"never", Qt::CaseInsensitive) == 0) {
            spec.regenerate = VariableSpec::Regenerate::Never;
        } else if (regenerate->value.compare(u"if-empty", Qt::CaseInsensitive) == 0) {
            spec.regenerate = VariableSpec::Regenerate::IfEmpty;
        }
    }
    static const QRegularExpression opReference(QStringLiteral("^op://[^/\\s]+/[^/]+(/[^/]+)?/[^/]+$"));
    if (opReference.match(QString::fromUtf8(spec.templateValue)).hasMatch()) {
        spec.secretReference = QString::fromUtf8(spec.templateValue);
        spec.kind = VariableKind::ThirdPartySecret;
        spec.sensitive = true;
        spec.kindReason = QCoreApplication::translate("EnvTemplate", "a 1Password secret reference (op://)");
        spec.placeholder = false;
        decided = true;
    }
    if (const auto *vault = block.find(u"vault"); vault && !vault->value.trimmed().isEmpty()) {
        // A team-shared value from the vault export (`envsmith sync`): never generated.
        spec.vaultEntry = vault->value.trimmed();
        spec.kind = VariableKind::ThirdPartySecret;
        spec.sensitive = true;
        spec.kindReason =
            QCoreApplication::translate("EnvTemplate", "annotated @vault=%1").arg(spec.vaultEntry);
        decided = true;
    }
    if (const auto *generate = block.find(u"generate")) {
        if (!generate->hasValue || generate->value.isEmpty()) {
            // A bare `@generate`: generated, with the profile the comments or defaults give.
            spec.kind = VariableKind::Generate;
            spec.sensitive = true;
            VariableClassifier::chooseProfile(spec);
            spec.kindReason = QCoreApplication::translate("EnvTemplate", "annotated @generate");
            decided = true;
        } else if (auto profile = GeneratorProfile::parse(generate->value)) {
            spec.kind = VariableKind::Generate;
            spec.sensitive = true;
            spec.profile = *profile;
            spec.profileReason =
                QCoreApplication::translate("EnvTemplate", "@generate=%1").arg(generate->value);
            spec.kindReason = QCoreApplication::translate("EnvTemplate", "annotated @generate");
            decided = true;
        }
    }
    if (const auto *sensitive = block.find(u"sensitive")) {
        spec.sensitive = !sensitive->hasValue || sensitive->value.compare(u"false", Qt::CaseInsensitive) != 0;
    }
    if (block.has(u"public")) {
        spec.sensitive = false;
    }
    return decided;
}

} // namespace

QStringList EnvTemplate::candidateFileNames()
{
    return {
        QStringLiteral(".env.example"), QStringLiteral(".env.sample"), QStringLiteral(".env.template"),
        QStringLiteral(".env.dist"),    QStringLiteral(".env.schema"), QStringLiteral("env.example"),
        QStringLiteral("example.env"),  QStringLiteral("sample.env"),  QStringLiteral(".env.local.example")};
}

QString EnvTemplate::findIn(const QDir &repoRoot)
{
    // A regular file wins; failing that, a candidate that exists but is not one (a folder, a dangling
    // link) is returned so that load() can say what is wrong with it instead of "no template".
    QString unusable;
    for (const QString &name : candidateFileNames()) {
        const QFileInfo info(repoRoot.filePath(name));
        if (info.isFile()) {
            return info.absoluteFilePath();
        }
        if (unusable.isEmpty() && (info.exists() || info.isSymLink())) {
            unusable = info.absoluteFilePath();
        }
    }
    return unusable;
}

std::expected<EnvTemplate, QString> EnvTemplate::load(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        return std::unexpected(
            QCoreApplication::translate(
                "EnvTemplate",
                "The template %1 does not exist. Check the path, or add a .env.example with one "
                "KEY=value line per variable.")
                .arg(shown));
    }
    if (info.isDir()) {
        return std::unexpected(
            QCoreApplication::translate(
                "EnvTemplate", "%1 is a folder, not a template file. Choose the .env.example file itself.")
                .arg(shown));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(QCoreApplication::translate(
                                   "EnvTemplate", "Cannot read the template %1 (%2). Check its permissions.")
                                   .arg(shown, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    auto document = DotenvDocument::parse(bytes);
    if (!document) {
        return std::unexpected(
            QCoreApplication::translate(
                "EnvTemplate",
                "The template %1 cannot be read as a dotenv file: %2. Fix that line, then try again.")
                .arg(shown, document.error().toString()));
    }
    return fromDocument(std::move(*document), info.absoluteFilePath());
}

EnvTemplate EnvTemplate::fromDocument(DotenvDocument document, const QString &path)
{
    EnvTemplate result;
    result.m_path = path;
    result.m_document = std::move(document);

    struct Pending
    {
        AnnotationBlock block;
        QString inlineComment;
        bool decided = false;
    };
    QList<Pending> pending;
    QHash<QString, qsizetype> indexOf;
    QStringList comments;
    for (const DotenvEntry &entry : result.m_document.entries()) {
        switch (entry.kind) {
        case DotenvEntry::Kind::Blank:
        case DotenvEntry::Kind::Unparsed:
            comments.clear();
            break;
        case DotenvEntry::Kind::Comment: {
            const QString text = AnnotationBlock::commentText(entry.raw);
            if (AnnotationBlock::isDivider(text)) {
                comments.clear();
            } else {
                comments.append(text);
            }
            break;
        }
        case DotenvEntry::Kind::Assignment: {
            VariableSpec spec;
            spec.name = entry.key;
            spec.templateValue = entry.value;
            spec.line = entry.line;
            Pending annotations{AnnotationBlock::fromCommentTexts(comments), inlineComment(entry), false};
            spec.description = annotations.block.description();
            comments.clear();
            // A duplicated key: readers take the last assignment; the spec keeps the first position.
            const auto found = indexOf.constFind(spec.name);
            if (found != indexOf.cend()) {
                if (annotations.block.decorators().isEmpty() && spec.description.isEmpty()) {
                    annotations = pending.at(*found);
                    spec.description = annotations.block.description();
                }
                result.m_variables[*found] = spec;
                pending[*found] = annotations;
            } else {
                indexOf.insert(spec.name, result.m_variables.size());
                result.m_variables.append(spec);
                pending.append(annotations);
            }
            break;
        }
        }
    }

    const VariableClassifier classifier(result.m_variables);
    for (qsizetype i = 0; i < result.m_variables.size(); ++i) {
        VariableSpec &spec = result.m_variables[i];
        const Pending &annotations = pending.at(i);
        classifier.classify(spec, annotations.inlineComment);
        const bool sensitiveMark = annotations.block.has(u"sensitive");
        spec.annotated = applyDecorators(spec, annotations.block);
        if (!spec.annotated && sensitiveMark && spec.sensitive && spec.kind == VariableKind::Config) {
            // Marked sensitive but nothing says how to make it: the user (or the vault) provides it.
            spec.kind = VariableKind::ThirdPartySecret;
            spec.kindReason = QCoreApplication::translate("EnvTemplate", "annotated @sensitive");
            spec.annotated = true;
        }
        if (spec.kind != VariableKind::Generate) {
            spec.profile = GeneratorProfile();
            spec.profileReason.clear();
        }
    }
    DerivationFinder::resolve(result.m_variables);
    return result;
}

const VariableSpec *EnvTemplate::variable(QStringView name) const
{
    for (const VariableSpec &spec : m_variables) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}
