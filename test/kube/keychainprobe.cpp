// Helper process for tst_secretstore: runs one SecretStore request in whatever D-Bus environment
// the test gives it and prints the outcome, so the test can provoke states one process cannot
// switch between (GDBus keeps its session bus connection for the life of the process).
//   keychainprobe [--silent-service] [--timeout MS] SERVICE read|write|delete KEY [SECRET]
// --silent-service first claims org.freedesktop.secrets on the session bus and never answers a
// call to it: a Secret Service that hangs, like gnome-keyring waiting for an unseen unlock prompt.
// Output, one line each: error=<SecretJob::Error name>, then the translated message, then the secret.
#include "kube/secretstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QMetaEnum>
#include <QTextStream>

#include <cstdio>

namespace {

class SilentService final : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    // Taking the message and never replying leaves the caller waiting.
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int timeoutMs = sd::SecretStore::DefaultTimeoutMs;
    SilentService silent;
    bool silentService = false;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--silent-service"))
            silentService = true;
        else if (option == QLatin1String("--timeout") && !args.isEmpty())
            timeoutMs = args.takeFirst().toInt();
    }
    if (args.size() < 3) {
        std::fputs("usage: keychainprobe [--silent-service] [--timeout MS] SERVICE read|write|delete KEY [SECRET]\n", stderr);
        return 2;
    }
    if (silentService) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.registerService(QStringLiteral("org.freedesktop.secrets"))
            || !bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &silent,
                                          QDBusConnection::SubPath)) {
            std::fprintf(stderr, "cannot claim org.freedesktop.secrets: %s\n",
                         qPrintable(bus.lastError().message()));
            return 2;
        }
    }

    sd::SecretStore store(args.at(0));
    store.setTimeoutMs(timeoutMs);
    const QString op = args.at(1);
    const QString key = args.at(2);
    sd::SecretJob *job = nullptr;
    if (op == QLatin1String("read"))
        job = store.read(key, &app);
    else if (op == QLatin1String("write"))
        job = store.write(key, args.value(3), &app);
    else if (op == QLatin1String("delete"))
        job = store.remove(key, &app);
    else
        return 2;
    QObject::connect(job, &sd::SecretJob::finished, &app, [](sd::SecretJob *done) {
        QTextStream out(stdout);
        out << "error=" << QMetaEnum::fromType<sd::SecretJob::Error>().valueToKey(int(done->error())) << '\n'
            << done->errorString() << '\n'
            << done->secret() << '\n';
        out.flush();
        QCoreApplication::exit(done->error() == sd::SecretJob::Error::NoError ? 0 : 1);
    });
    return app.exec();
}
