#include "views/common/printpreview.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace adesk {

void openPrintPreview(QWidget *parent, const QString &title, std::function<void(QPrinter *)> paint,
                      const std::function<void(QPrinter &)> &setup) {
    // The printer lives as long as the dialog: the connection below owns it.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(title);
    if (setup)
        setup(*printer);
    auto *dialog = new QPrintPreviewDialog(printer.get(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [printer, paint = std::move(paint)](QPrinter *p) { paint(p); });
    dialog->open();
}

} // namespace adesk
