#pragma once

#include <QStyledItemDelegate>

namespace adesk {

/// Paints the review queue's semantic roles (models carry no colours): overdue age in bold red on a
/// pale red cell, expiry dates amber within 30 days and red when past, a status chip, the claim
/// holder in italics.
class QueueDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    /// The column width that shows @p text whole in the status chip, in a view using @p font.
    static int statusColumnWidth(const QFont &font, const QString &text);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace adesk
