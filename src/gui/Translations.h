#pragma once

class QCoreApplication;
class QLocale;

/// Installs the translations for @p locale on @p app: Envsmith's own (`envsmith_<lang>.qm`, embedded
/// under `:/i18n`) and Qt's (`qtbase_<lang>.qm` from QLibraryInfo::TranslationsPath, Debian package
/// qt6-translations-l10n), so wizard buttons are translated too. Missing files are skipped silently
/// (the UI stays English). The translators are owned by @p app.
class Translations
{
public:
    static void install(QCoreApplication &app, const QLocale &locale);
};
