#pragma once

#include "models/core/dbexecutor.h"
#include "models/core/inflight.h"

#include <QPointer>

#include <functional>
#include <utility>

namespace adesk {

/// The common shape of a controller's load or save: runs `work` on the session's executor (a
/// connection of its own, off the GUI thread) through `inflight`, and back on `owner`'s thread
/// - does nothing once the pane is gone;
/// - shows a failure in the pane, `Pane::showMessage(text, true)`, with the error's user message
///   (the server's message translated, never a raw SQLSTATE: CONTRIBUTING.md, "Errors");
/// - otherwise calls `done(value)`.
/// `pane` must be a member of `owner`: it is read when the reply arrives, which InFlight guarantees
/// is never after `owner` is destroyed. Controllers that must also act on a failure (reload after a
/// refused write) or drop stale replies attach their own continuation instead.
template <typename T, typename Pane, typename Done>
void runForPane(InFlight &inflight, DbExecutor *executor, QObject *owner, const QPointer<Pane> &pane,
                std::function<Result<T>(QSqlDatabase &)> work, Done done) {
    inflight.add(executor->run<T>(std::move(work)))
        .then(owner, [&pane, done = std::move(done)](const Result<T> &r) {
            if (!pane)
                return;
            if (!r) {
                pane->showMessage(r.error().userMessage(), true);
                return;
            }
            done(r.value());
        });
}

} // namespace adesk
