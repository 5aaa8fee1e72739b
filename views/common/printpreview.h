#pragma once

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace adesk {

/// Opens a print preview of what @p paint draws, window-modal over @p parent without blocking the
/// caller (the dialog deletes itself when closed). @p setup adjusts the printer (page size, …)
/// before the first paint. A controller never opens it: it hands the data to a view's slot.
void openPrintPreview(QWidget *parent, const QString &title, std::function<void(QPrinter *)> paint,
                      const std::function<void(QPrinter &)> &setup = {});

} // namespace adesk
