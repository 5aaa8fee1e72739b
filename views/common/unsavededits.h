#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace adesk {

/// An editor whose edits can be lost (program editor, tax profile editor, workshop setup dialog):
/// the main window asks about them before it signs out, quits or rebuilds its panes
/// (MainWindow::confirmUnsavedEdits), and offers Save, Discard or Cancel.
class UnsavedEdits {
public:
    virtual ~UnsavedEdits() = default;
    /// What has unsaved edits, for the question ("the program “Bay rental”"); empty: nothing unsaved.
    virtual QString unsavedEditsDescription() const = 0;
    /// Starts saving the edits (the save is asynchronous). False when they cannot be saved as they
    /// are (the editor shows why).
    virtual bool saveUnsavedEdits() = 0;

    /// The widgets under @p root (itself included) with unsaved edits.
    static QList<UnsavedEdits *> under(QWidget *root);
};

} // namespace adesk
