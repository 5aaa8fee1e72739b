#pragma once

#include <QUndoCommand>

#include <functional>

namespace adesk {

/// An undoable booking change (KMyMoney's edits-as-commands). The change has already been made in
/// the database when the command is pushed, so the first redo() does nothing; undo()/redo() ask
/// the controller to make the reverse/forward change again (with the booking's current version;
/// the database may refuse, e.g. when the old slot was taken meanwhile, and says why).
class BookingCommand : public QUndoCommand {
public:
    BookingCommand(const QString &text, std::function<void()> undo, std::function<void()> redo)
        : QUndoCommand(text)
        , m_undo(std::move(undo))
        , m_redo(std::move(redo)) {}
    void undo() override { m_undo(); }
    void redo() override {
        if (m_first) {
            m_first = false;
            return;
        }
        m_redo();
    }

private:
    std::function<void()> m_undo;
    std::function<void()> m_redo;
    bool m_first = true;
};

} // namespace adesk
