#include "views/common/unsavededits.h"

#include <QWidget>

namespace adesk {

QList<UnsavedEdits *> UnsavedEdits::under(QWidget *root) {
    QList<UnsavedEdits *> out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets))
        if (auto *u = dynamic_cast<UnsavedEdits *>(w); u && !u->unsavedEditsDescription().isEmpty())
            out << u;
    return out;
}

} // namespace adesk
