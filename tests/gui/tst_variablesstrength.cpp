// The Variables page's strength and floor marks (issue 4 §1, §2): VariablesModel shows PlanWarnings of a
// real plan (real git repository, real zxcvbn) in the Source column's tooltip and marks the row with a
// warning icon; the value never appears in either.

#include "TempGitRepo.h"
#include "core/setup/SetupPlanner.h"
#include "gui/ClipboardGuard.h"
#include "gui/EnterValueDialog.h"
#include "gui/SetupWizard.h"
#include "gui/VariablesModel.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVariablesStrength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weakKeptValuesAndSmallProfilesAreMarked();
    void enterValueDialogWarnsWhileTyping();
    void clipboardDelayIsConfigurable();
};

void TestVariablesStrength::weakKeptValuesAndSmallProfilesAreMarked()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u".env.example"_s, "DB_PASSWORD=changeme\n"
                                              "# Signs sessions\n"
                                              "SESSION_SECRET=\n"
                                              "# @generate=hex(8)\n"
                                              "SHORT_TOKEN=\n"
                                              "PORT=3000\n"));
    QVERIFY(repo.writeFile(u".env"_s, "DB_PASSWORD=Summer2024!\n"));
    auto plan = SetupPlanner::build(*RepoContext::open(repo.path()));
    QVERIFY(plan);
    VariablesModel model;
    model.setPlan(&*plan);

    const auto tip = [&](const QString &name) {
        return model.data(model.index(model.rowOf(name), VariablesModel::SourceColumn), Qt::ToolTipRole)
            .toString();
    };
    const auto marked = [&](const QString &name) {
        const QVariant icon =
            model.data(model.index(model.rowOf(name), VariablesModel::SourceColumn), Qt::DecorationRole);
        return icon.isValid() && !icon.value<QIcon>().isNull();
    };
    QVERIFY2(tip(u"DB_PASSWORD"_s).contains(u"easy to guess"_s), qPrintable(tip(u"DB_PASSWORD"_s)));
    QVERIFY(tip(u"DB_PASSWORD"_s).contains(u"11 characters"_s));
    QVERIFY(!tip(u"DB_PASSWORD"_s).contains(u"Summer"_s));
    QVERIFY(marked(u"DB_PASSWORD"_s));
    QVERIFY2(tip(u"SHORT_TOKEN"_s).contains(u"64 bits"_s), qPrintable(tip(u"SHORT_TOKEN"_s)));
    QVERIFY(marked(u"SHORT_TOKEN"_s));
    QVERIFY(!marked(u"SESSION_SECRET"_s));                           // generated at full strength
    QVERIFY(tip(u"SESSION_SECRET"_s).contains(u"Signs sessions"_s)); // the description stays
    QVERIFY(!marked(u"PORT"_s));

    // A strong value entered by the user clears the mark.
    const QByteArray chosen = "c2bB7yQm4v0Zp9Lr6XtW3sN8kJ1hG5fD"; // gitleaks:allow
    QVERIFY(plan->setValue(u"DB_PASSWORD"_s, SecureBuffer::fromBytes(chosen)));
    model.refresh();
    QVERIFY(!marked(u"DB_PASSWORD"_s));
}

void TestVariablesStrength::enterValueDialogWarnsWhileTyping()
{
    EnterValueDialog dialog(u"GITHUB_CLIENT_SECRET"_s, {}, u"GitHub"_s);
    auto *edit = dialog.findChild<QLineEdit *>(u"valueEdit"_s);
    auto *label = dialog.findChild<QLabel *>(u"strengthLabel"_s);
    QVERIFY(edit && label);
    QVERIFY(label->isHidden());
    QTest::keyClicks(edit, u"hunter2"_s);
    QVERIFY(!label->isHidden());
    QVERIFY2(label->text().contains(u"easy to guess"_s), qPrintable(label->text()));
    QVERIFY(label->text().contains(u"7 characters"_s));
    QVERIFY(!label->text().contains(u"hunter2"_s));
    edit->clear();
    QTest::keyClicks(edit, u"c2bB7yQm4v0Zp9Lr6XtW3sN8kJ1hG5fDx9"_s); // gitleaks:allow
    QVERIFY(label->isHidden());
    const QByteArray typed = "c2bB7yQm4v0Zp9Lr6XtW3sN8kJ1hG5fDx9"; // gitleaks:allow
    QVERIFY(dialog.takeValue().equals(typed));
}

void TestVariablesStrength::clipboardDelayIsConfigurable()
{
    QCoreApplication::setOrganizationName(u"envsmith"_s);
    QCoreApplication::setApplicationName(u"envsmith-test"_s);
    {
        SetupWizard wizard;
        QCOMPARE(wizard.clipboardGuard()->clearDelay(), std::chrono::milliseconds(30000)); // the default
    }
    QSettings().setValue(u"clipboard/clearSeconds"_s, 45);
    {
        SetupWizard wizard;
        QCOMPARE(wizard.clipboardGuard()->clearDelay(), std::chrono::milliseconds(45000));
    }
    QSettings().setValue(u"clipboard/clearSeconds"_s, 1); // out of range: the default stays
    {
        SetupWizard wizard;
        QCOMPARE(wizard.clipboardGuard()->clearDelay(), std::chrono::milliseconds(30000));
    }
    QSettings().remove(u"clipboard/clearSeconds"_s);
}

QTEST_MAIN(TestVariablesStrength)
#include "tst_variablesstrength.moc"
