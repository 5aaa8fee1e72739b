#pragma once

class QToolBar;

namespace adesk {

/// The button Qt adds at the end of a tool bar too narrow for its actions (the "»" that opens the
/// rest) has no name: gives it one, and a tooltip, in the interface language, so that screen readers
/// can say it (issue 17, accessible names on icon-only buttons).
void nameToolBarOverflow(QToolBar *bar);

} // namespace adesk
