// InFlight (models/core/inflight.h): a continuation bound through a relay runs from the owner's
// event loop, never inside the call that attaches it, and never after its owner is gone.
#include "models/core/inflight.h"

#include <QObject>
#include <QPromise>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace adesk;

class TstInFlight : public QObject {
    Q_OBJECT
private slots:
    // A job already done when it is added (a fast worker on a busy machine): before the fix its
    // continuation ran synchronously inside add().then(), in the middle of the caller.
    void aFinishedJobStillContinuesFromTheEventLoop() {
        QObject owner;
        InFlight inflight;
        int ran = 0;
        int seen = 0;
        inflight.add(QtFuture::makeReadyFuture(42)).then(&owner, [&](int v) {
            ++ran;
            seen = v;
        });
        QCOMPARE(ran, 0); // not inside the caller
        QTRY_COMPARE(ran, 1);
        QCOMPARE(seen, 42);
    }

    // A job that finishes on a worker while the caller is still attaching.
    void aJobFinishingOnAWorkerContinuesOnce() {
        QObject owner;
        InFlight inflight;
        QList<int> got;
        for (int i = 0; i < 50; ++i)
            inflight.add(QtConcurrent::run([i] { return i; })).then(&owner, [&got](int v) { got << v; });
        QCOMPARE(got.size(), 0); // none ran inside the loop above, however fast the workers were
        QTRY_COMPARE(got.size(), 50);
        std::sort(got.begin(), got.end());
        for (int i = 0; i < 50; ++i)
            QCOMPARE(got.at(i), i);
    }

    // The owner goes away with the job's result already posted: the continuation never runs.
    void anAbandonedRelayNeverContinues() {
        int ran = 0;
        {
            QObject owner;
            InFlight inflight;
            inflight.add(QtFuture::makeReadyFuture(1)).then(&owner, [&ran](int) { ++ran; });
        }
        QTest::qWait(50); // let the posted forward arrive, if it still could
        QCOMPARE(ran, 0);
    }

    // A continuation may add more work to the same InFlight (a model loading its next page).
    void aContinuationMayAddAgain() {
        QObject owner;
        InFlight inflight;
        int second = 0;
        inflight.add(QtFuture::makeReadyFuture(1)).then(&owner, [&](int) {
            inflight.add(QtFuture::makeReadyFuture(2)).then(&owner, [&second](int v) { second = v; });
        });
        QTRY_COMPARE(second, 2);
    }
};

QTEST_GUILESS_MAIN(TstInFlight)
#include "tst_inflight.moc"
