#pragma once

#include <QCoreApplication>

#include "core/dotenv/DotenvDocument.h"
#include "core/schema/EnvTemplate.h"
#include "core/secret/SecureBuffer.h"
#include "core/setup/RepoContext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <memory>

/// The plan of one `envsmith rotate` run (issue 4 §4), built from the existing `.env` and the template;
/// nothing is written while planning (RotationRunner applies it).
///
/// Rotate: each chosen variable gets a new value from its generator profile. A staged variable
/// (RotationPolicy::isStaged: signing keys, `@previous=`) keeps its current value as its previous name
/// (`JWT_SECRET_PREVIOUS`) so the app can accept both until the rotation is finished; a variable that is
/// still mid-rotation is refused. Derived values that embed a rotated value follow: the escaped old value
/// is replaced inside the current derived value (the user's host, port and options stay), or, when the
/// derived value does not contain it, the value is rebuilt from the template's derivation.
///
/// Finish: the previous value of each chosen variable is dropped: its line is removed from `.env` (or set
/// empty when the template itself declares the previous name), and its keychain entry is deleted.
class RotationPlan
{
    Q_DECLARE_TR_FUNCTIONS(RotationPlan)

public:
    enum class Mode { Rotate, Finish };

    struct Change
    {
        enum class Kind {
            Rotate,   ///< a new generated value
            Previous, ///< the old value kept under the previous name
            Derived,  ///< a value that embeds a rotated one
            Drop      ///< Finish: the previous value goes away
        };
        Kind kind = Kind::Rotate;
        QString name;
        /// What happens, in words (never a value), e.g. "new value (base64url(64), 512 bits)".
        QString description;
        /// The value to write (empty for Drop).
        std::shared_ptr<SecureBuffer> value = std::make_shared<SecureBuffer>();
        /// Drop: the line is removed (false: the template declares the name, so it is set empty).
        bool removeLine = true;
    };

    /// Plans rotating (or finishing) @p names in @p context's `.env`. Fails, naming the variable and what
    /// to do, for: no template, no `.env` (restore it first), a symlinked or unreadable `.env`, a name that
    /// is not a template variable, a third-party key, a derived or plain configuration value, a variable
    /// still mid-rotation (Rotate), or nothing to finish (Finish).
    static std::expected<RotationPlan, QString> build(const RepoContext &context, const QStringList &names,
                                                      Mode mode);

    const RepoContext &context() const { return m_context; }
    Mode mode() const { return m_mode; }
    const QList<Change> &changes() const { return m_changes; }
    /// Floor warnings for the profiles used (SecretFloor), one per variable below it.
    const QStringList &warnings() const { return m_warnings; }
    /// The `.env` bytes the plan was built from (the write is refused if the file changed since).
    const QByteArray &existingBytes() const { return m_existingBytes; }
    /// The comment written above a staged previous value of @p rotatedName (it names the finish command;
    /// finishing removes it with the value, restore writes it again).
    static QString previousComment(const QString &rotatedName);
    /// One line per change: `NAME  description`, aligned; no value.
    QString describe() const;
    /// The new `.env`: every other byte kept. The bytes are read back and each planned value and every
    /// other variable's value is checked before they are returned.
    std::expected<QByteArray, QString> renderEnv() const;

private:
    std::expected<void, QString> planRotate(const QStringList &names);
    std::expected<void, QString> planFinish(const QStringList &names);

    RepoContext m_context;
    EnvTemplate m_template;
    DotenvDocument m_document;
    QByteArray m_existingBytes;
    Mode m_mode = Mode::Rotate;
    QList<Change> m_changes;
    QStringList m_warnings;
};
