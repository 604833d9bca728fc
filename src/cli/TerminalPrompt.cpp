#include "cli/TerminalPrompt.h"

#include <QCoreApplication>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace {

struct termios g_saved;
volatile sig_atomic_t g_restoreOnSignal = 0;

void restoreAndReraise(int signal)
{
    if (g_restoreOnSignal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Echo off for its lifetime; restores the saved settings and the signal handlers when destroyed.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_saved) != 0) {
            return;
        }
        struct sigaction action
        {
        };
        action.sa_handler = restoreAndReraise;
        sigemptyset(&action.sa_mask);
        for (int i = 0; i < 3; ++i) {
            sigaction(kSignals[i], &action, &m_previous[i]);
        }
        g_restoreOnSignal = 1;
        struct termios quiet = g_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHONL);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (g_restoreOnSignal) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
            g_restoreOnSignal = 0;
            for (int i = 0; i < 3; ++i) {
                sigaction(kSignals[i], &m_previous[i], nullptr);
            }
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;
    bool active() const { return m_active; }

private:
    static constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction m_previous[3]{};
    bool m_active = false;
};

} // namespace

std::expected<QByteArray, QString> TerminalPrompt::readHidden(const QString &prompt, qsizetype maxBytes)
{
    if (isatty(STDIN_FILENO) != 1) {
        return std::unexpected(QCoreApplication::translate(
            "TerminalPrompt", "standard input is not a terminal; pipe the value into the command instead"));
    }
    QByteArray line;
    bool failed = false;
    int error = 0;
    {
        EchoOff echoOff;
        if (!echoOff.active()) {
            return std::unexpected(QCoreApplication::translate(
                                       "TerminalPrompt",
                                       "cannot switch off the terminal's echo (%1); pipe the value into the "
                                       "command instead")
                                       .arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        // The prompt appears only once echo is off, so nothing typed after it is shown.
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        for (;;) {
            char c = 0;
            const ssize_t got = ::read(STDIN_FILENO, &c, 1);
            if (got < 0 && errno == EINTR) {
                continue;
            }
            if (got < 0) {
                failed = true;
                error = errno;
                break;
            }
            if (got == 0 || c == '\n') {
                break;
            }
            if (line.size() >= maxBytes) {
                line.fill('\0');
                failed = true;
                break;
            }
            line.append(c);
        }
    }
    std::fputs("\n", stderr);
    if (failed) {
        line.fill('\0');
        return std::unexpected(
            error != 0 ? QCoreApplication::translate("TerminalPrompt", "cannot read from the terminal: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(error)))
                       : QCoreApplication::translate("TerminalPrompt", "the value is longer than %1 bytes")
                             .arg(maxBytes));
    }
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}
