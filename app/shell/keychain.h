#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace adesk {

/// Where saved connections keep their passwords: the OS keychain through QtKeychain (Secret
/// Service or KWallet), service "autodoctor-desk", one entry per connection name. Every call is
/// asynchronous; its callback runs on @p context's thread, and not at all once @p context is gone.
/// An empty error string means success. Tests substitute their own implementation.
class Keychain {
public:
    virtual ~Keychain() = default;
    using Done = std::function<void(const QString &error)>;
    using Read = std::function<void(const QString &secret, bool found, const QString &error)>;

    /// Whether a keychain service answers at all: empty error when it does, else why not.
    virtual void probe(QObject *context, Done done) = 0;
    virtual void read(const QString &key, QObject *context, Read done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Done done) = 0;
    virtual void remove(const QString &key) = 0;

    /// The process's QtKeychain-backed keychain.
    static Keychain *system();
};

} // namespace adesk
