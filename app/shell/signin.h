#pragma once

#include "models/compliance/verification.h"
#include "models/core/result.h"

namespace adesk {

class Session;

/// Signs @p session in and waits for the answer in a local event loop (the window keeps painting;
/// the sign-in itself runs on the session's worker thread). The identity, or the error the server gave
/// (Error::userMessage() says it in words). The session stays the caller's; the identity is not set on
/// it: the caller calls Session::setIdentity() when it keeps the session.
Result<Identity> signInWaiting(Session *session);

} // namespace adesk
