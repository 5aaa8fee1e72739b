#include "app/shell/signalquit.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace adesk {

namespace {

int g_fds[2] = {-1, -1};
SignalQuit *g_instance = nullptr;
constexpr int kSignals[] = {SIGTERM, SIGHUP, SIGINT};

extern "C" void onSignal(int signalNumber) {
    const int saved = errno;
    const unsigned char n = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t w = ::write(g_fds[0], &n, 1);
    errno = saved;
}

} // namespace

SignalQuit::SignalQuit(QObject *parent)
    : QObject(parent) {
    g_instance = this;
    if (g_fds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0) {
        qWarning("SignalQuit: socketpair failed: signals will end the program without cleaning up");
        return;
    }
    ::fcntl(g_fds[0], F_SETFL, ::fcntl(g_fds[0], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalQuit::readSignal);
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int s : kSignals)
        ::sigaction(s, &sa, nullptr);
}

SignalQuit::~SignalQuit() {
    struct sigaction sa = {};
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    for (int s : kSignals)
        ::sigaction(s, &sa, nullptr);
    if (g_instance == this)
        g_instance = nullptr;
}

SignalQuit *SignalQuit::instance() {
    return g_instance;
}

void SignalQuit::readSignal() {
    unsigned char n = 0;
    if (::read(g_fds[1], &n, 1) != 1)
        return;
    m_received = n;
    emit quitRequested(n);
    // exit(), not quit(): it also ends the nested loops (a dialog's, the demo's splash) that
    // QCoreApplication::exec() is not running yet.
    QCoreApplication::exit(0);
}

} // namespace adesk
