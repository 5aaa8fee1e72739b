#include "views/common/tablecopy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace adesk::TableCopy {

namespace {
QString cellText(const QVariant &v) {
    QString t = v.toString();
    t.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return t.trimmed();
}

QHeaderView *headerOf(const QAbstractItemView *view) {
    if (auto *t = qobject_cast<const QTableView *>(view))
        return t->horizontalHeader();
    if (auto *t = qobject_cast<const QTreeView *>(view))
        return t->header();
    return nullptr;
}
} // namespace

QString selectedText(const QAbstractItemView *view) {
    const QAbstractItemModel *model = view->model();
    const QItemSelectionModel *selection = view->selectionModel();
    if (!model || !selection)
        return {};
    QList<int> rows;
    for (const QModelIndex &i : selection->selectedIndexes())
        if (!rows.contains(i.row()))
            rows << i.row();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows << view->currentIndex().row();
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());

    // Visible columns, in the order shown.
    QList<int> columns;
    const QHeaderView *header = headerOf(view);
    const int count = model->columnCount();
    for (int visual = 0; visual < count; ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical < 0 || (header && header->isSectionHidden(logical)))
            continue;
        if (auto *t = qobject_cast<const QTableView *>(view); t && t->isColumnHidden(logical))
            continue;
        columns << logical;
    }
    QStringList lines;
    QStringList cells;
    for (int c : std::as_const(columns))
        cells << cellText(model->headerData(c, Qt::Horizontal, Qt::DisplayRole));
    lines << cells.join(u'\t');
    for (int r : std::as_const(rows)) {
        cells.clear();
        for (int c : std::as_const(columns))
            cells << cellText(model->index(r, c).data(Qt::DisplayRole));
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

QAction *install(QAbstractItemView *view) {
    if (auto *existing = view->findChild<QAction *>(QStringLiteral("copyRows"), Qt::FindDirectChildrenOnly))
        return existing;
    auto *copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                             QCoreApplication::translate("TableCopy", "&Copy"), view);
    copy->setObjectName(QStringLiteral("copyRows"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString text = selectedText(view);
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (view->contextMenuPolicy() == Qt::ActionsContextMenu && !view->actions().isEmpty()) {
        auto *separator = new QAction(view);
        separator->setSeparator(true);
        view->addAction(separator);
    }
    view->addAction(copy);
    return copy;
}

void installAll(QWidget *root) {
    for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>())
        if (qobject_cast<QTableView *>(v) || qobject_cast<QTreeView *>(v))
            install(v);
}

} // namespace adesk::TableCopy
