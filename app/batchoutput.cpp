// The batch commands' output streams (declared in app/batchcommands.h). In adesk_app, beside the
// commands that write to them; batchcommands.cpp belongs to the executable.
#include "app/batchcommands.h"

#include <QTextStream>

#include <cstdio>

namespace adesk {

QTextStream &batchOut() {
    static QTextStream s(stdout);
    return s;
}

QTextStream &batchErr() {
    static QTextStream s(stderr);
    return s;
}

} // namespace adesk
