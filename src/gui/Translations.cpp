#include "gui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

void installOne(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        translator->setParent(&app);
        QCoreApplication::installTranslator(translator.release()); // owned by the application
    }
}

} // namespace

void Translations::install(QCoreApplication &app, const QLocale &locale)
{
    installOne(app, locale, QStringLiteral("envsmith"), QStringLiteral(":/i18n"));
    installOne(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}
