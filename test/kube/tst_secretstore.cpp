// SecretStore against a real Secret Service: test/with-keyring.sh gives this test its own session
// bus with a throw-away, unlocked gnome-keyring. The failure paths (no bus, no service, keyring
// not unlocked, a service that never answers) run keychainprobe in environments built here.
#include "kube/secretstore.h"
#include "../support/secretjobwait.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace sd;

namespace {

struct ProbeResult
{
    QString error;
    QString message;
    QString secret;
    QByteArray stderrText;
};

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT
private:
    bool haveTools()
    {
        for (const char *tool : {"dbus-run-session", "gnome-keyring-daemon"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
                m_missing = QString::fromLatin1(tool);
                return false;
            }
        }
        return true;
    }

    // Runs keychainprobe, optionally inside a fresh dbus-run-session (with `busConfig`, else the
    // standard session bus that can D-Bus-activate gnome-keyring), never with a display.
    ProbeResult probe(const QProcessEnvironment &env, bool ownBus, const QStringList &args,
                      const QString &busConfig = {})
    {
        QProcess p;
        p.setProcessEnvironment(env);
        QStringList command{QStringLiteral(SD_KEYCHAIN_PROBE)};
        command += args;
        if (ownBus) {
            command.prepend(QStringLiteral("--"));
            if (!busConfig.isEmpty())
                command.prepend(QStringLiteral("--config-file=") + busConfig);
            command.prepend(QStringLiteral("dbus-run-session"));
        }
        p.start(command.takeFirst(), command);
        ProbeResult r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.error = QStringLiteral("probe hung");
            return r;
        }
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
        r.error = lines.value(0).mid(6); // "error="
        r.message = lines.value(1);
        r.secret = lines.value(2);
        r.stderrText = p.readAllStandardError();
        return r;
    }

    QProcessEnvironment headless(const QTemporaryDir &dir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        return env;
    }

    // A session bus that knows no .service files, so nothing can be activated on it.
    static QString bareBusConfig(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("bus.conf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>\n"
            "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
            "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy>\n"
            "</busconfig>\n").arg(dir.path()).toUtf8());
        return path;
    }

    void requireTools()
    {
        if (haveTools())
            return;
        if (qgetenv("CI") == "true")
            QFAIL(qPrintable(QStringLiteral("%1 is missing (scripts/setup-deps.sh installs it)").arg(m_missing)));
        QSKIP(qPrintable(QStringLiteral("%1 is missing").arg(m_missing)));
    }

    QString m_missing;
    SecretStore m_store{QStringLiteral("stackdeck-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces)};

private slots:
    void initTestCase()
    {
        // Run through test/with-keyring.sh (as CTest does); never against someone's real keyring.
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || qEnvironmentVariableIsSet("DISPLAY")) {
            if (qgetenv("CI") == "true")
                QFAIL("run under test/with-keyring.sh (a private session bus, no DISPLAY)");
            QSKIP("run under test/with-keyring.sh (a private session bus, no DISPLAY)");
        }
        requireTools();
    }

    void writeReadOverwriteDelete()
    {
        const QString key = QStringLiteral("cluster/prod");
        const QString token = QStringLiteral("eyJhbGciOi.令牌.Zm9v");
        auto written = waitForJob(m_store.write(key, token));
        QVERIFY(written->isFinished());
        QCOMPARE(written->error(), SecretJob::Error::NoError);
        QVERIFY(written->errorString().isEmpty());

        auto read = waitForJob(m_store.read(key));
        QCOMPARE(read->error(), SecretJob::Error::NoError);
        QCOMPARE(read->secret(), token);

        QVERIFY(waitForJob(m_store.write(key, QStringLiteral("rotated")))->error() == SecretJob::Error::NoError);
        QCOMPARE(waitForJob(m_store.read(key))->secret(), QStringLiteral("rotated"));

        auto removed = waitForJob(m_store.remove(key));
        QCOMPARE(removed->error(), SecretJob::Error::NoError);
        auto gone = waitForJob(m_store.read(key));
        QCOMPARE(gone->error(), SecretJob::Error::NotFound);
        QVERIFY(gone->secret().isEmpty());
        QVERIFY(gone->errorString().contains(key));
        // Deleting again is not an error: the keychain is as asked.
        QCOMPARE(waitForJob(m_store.remove(key))->error(), SecretJob::Error::NoError);
    }

    void entriesAreSeparatedByServiceAndKey()
    {
        SecretStore other(m_store.service() + QStringLiteral("-other"));
        QCOMPARE(waitForJob(m_store.write(QStringLiteral("a"), QStringLiteral("one")))->error(), SecretJob::Error::NoError);
        QCOMPARE(waitForJob(m_store.write(QStringLiteral("b"), QStringLiteral("two")))->error(), SecretJob::Error::NoError);
        QCOMPARE(waitForJob(other.write(QStringLiteral("a"), QStringLiteral("three")))->error(), SecretJob::Error::NoError);
        QCOMPARE(waitForJob(m_store.read(QStringLiteral("a")))->secret(), QStringLiteral("one"));
        QCOMPARE(waitForJob(m_store.read(QStringLiteral("b")))->secret(), QStringLiteral("two"));
        QCOMPARE(waitForJob(other.read(QStringLiteral("a")))->secret(), QStringLiteral("three"));
        QCOMPARE(waitForJob(other.remove(QStringLiteral("a")))->error(), SecretJob::Error::NoError);
        QCOMPARE(waitForJob(m_store.read(QStringLiteral("a")))->secret(), QStringLiteral("one"));
        QCOMPARE(waitForJob(other.read(QStringLiteral("a")))->error(), SecretJob::Error::NotFound);
        waitForJob(m_store.remove(QStringLiteral("a")));
        waitForJob(m_store.remove(QStringLiteral("b")));
    }

    void destroyingAJobCancelsIt()
    {
        QCOMPARE(waitForJob(m_store.write(QStringLiteral("c"), QStringLiteral("x")))->error(), SecretJob::Error::NoError);
        bool answered = false;
        auto *cancelled = m_store.read(QStringLiteral("c"));
        connect(cancelled, &SecretJob::finished, this, [&] { answered = true; });
        delete cancelled;
        // A request queued after the cancelled one is still answered, and the cancelled one never is.
        auto next = waitForJob(m_store.read(QStringLiteral("c")));
        QCOMPARE(next->secret(), QStringLiteral("x"));
        QTest::qWait(50);
        QVERIFY(!answered);
        waitForJob(m_store.remove(QStringLiteral("c")));
    }

    void noSessionBus()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = headless(dir);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const ProbeResult r = probe(env, false, {m_store.service(), QStringLiteral("write"), QStringLiteral("k"), QStringLiteral("v")});
        QCOMPARE(r.error, QStringLiteral("NoService"));
        QVERIFY2(r.message.contains(QStringLiteral("Secret Service")), qPrintable(r.message));
    }

    void busWithoutSecretService()
    {
        // Nothing provides org.freedesktop.secrets on this bus.
        QTemporaryDir dir;
        const ProbeResult r = probe(headless(dir), true, {m_store.service(), QStringLiteral("read"), QStringLiteral("k")},
                                    bareBusConfig(dir));
        QCOMPARE(r.error, QStringLiteral("NoService"));
        QVERIFY2(r.message.contains(QStringLiteral("org.freedesktop.secrets")), qPrintable(r.message));
    }

    void keyringNotUnlocked()
    {
        // gnome-keyring is D-Bus-activated with no login keyring unlocked and no display to ask on.
        QTemporaryDir dir;
        const ProbeResult r = probe(headless(dir), true,
                                    {m_store.service(), QStringLiteral("write"), QStringLiteral("k"), QStringLiteral("v")});
        QCOMPARE(r.error, QStringLiteral("Locked"));
        QVERIFY2(r.message.contains(QStringLiteral("locked")), qPrintable(r.message));
    }

    void serviceThatNeverAnswersTimesOut()
    {
        QTemporaryDir dir;
        const ProbeResult r = probe(headless(dir), true,
                                    {QStringLiteral("--silent-service"), QStringLiteral("--timeout"), QStringLiteral("1500"),
                                     m_store.service(), QStringLiteral("read"), QStringLiteral("k")},
                                    bareBusConfig(dir));
        QCOMPARE(r.error, QStringLiteral("Timeout"));
        QVERIFY2(r.message.contains(QStringLiteral("2 second")), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
