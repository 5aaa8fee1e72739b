#include "app/shell/keychain.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace adesk {

namespace {

const QString kService = QStringLiteral("autodoctor-desk");
/// A key no connection uses: reading it tells whether a keychain service answers.
const QString kProbeKey = QStringLiteral("autodoctor-desk keychain probe");

QString describe(const QKeychain::Job *job) {
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("adesk::Keychain",
                                           "no keychain service (Secret Service or KWallet) "
                                           "is running");
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("adesk::Keychain", "access to the keychain was refused");
    default: {
        const QString why = job->errorString().trimmed();
        return why.isEmpty() || why == u"Unknown error"
                   ? QCoreApplication::translate("adesk::Keychain",
                                                 "no keychain service (Secret Service or KWallet) answered")
                   : why;
    }
    }
}

class QtKeychainStore final : public Keychain {
public:
    void probe(QObject *context, Done done) override {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(kProbeKey);
        QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
            done(j->error() == QKeychain::EntryNotFound ? QString() : describe(j));
        });
        job->start();
    }

    void read(const QString &key, QObject *context, Read done) override {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
            if (j->error() == QKeychain::EntryNotFound)
                done(QString(), false, QString());
            else if (j->error() != QKeychain::NoError)
                done(QString(), false, describe(j));
            else
                done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData(), true, QString());
        });
        job->start();
    }

    void write(const QString &key, const QString &secret, QObject *context, Done done) override {
        auto *job = new QKeychain::WritePasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(key);
        job->setTextData(secret);
        QObject::connect(job, &QKeychain::Job::finished, context,
                         [done](QKeychain::Job *j) { done(describe(j)); });
        job->start();
    }

    void remove(const QString &key) override {
        auto *job = new QKeychain::DeletePasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(key);
        job->start();
    }
};

} // namespace

Keychain *Keychain::system() {
    static QtKeychainStore store;
    return &store;
}

} // namespace adesk
