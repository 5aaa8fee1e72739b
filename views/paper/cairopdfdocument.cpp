#include "views/paper/cairopdfdocument.h"

#include "views/paper/paperfonts.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QRawFont>
#include <QVarLengthArray>

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <mutex>

namespace adesk {

namespace {

/// A cairo font face over the bytes of a PaperFonts file, made once per process and kept (the
/// FT_Face and its bytes live as long as the process; cairo locks the face while it uses it).
struct Face {
    QByteArray bytes;
    FT_Face ft = nullptr;
    cairo_font_face_t *cairo = nullptr;
};

cairo_font_face_t *paperFace(bool bold) {
    static Face faces[2];
    static std::once_flag once;
    std::call_once(once, [] {
        FT_Library library = nullptr;
        if (FT_Init_FreeType(&library) != 0)
            return;
        for (int b = 0; b < 2; ++b) {
            Face &f = faces[b];
            f.bytes = PaperFonts::sansData(b == 1);
            if (f.bytes.isEmpty() ||
                FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte *>(f.bytes.constData()),
                                   FT_Long(f.bytes.size()), 0, &f.ft) != 0) {
                f.ft = nullptr;
                continue;
            }
            f.cairo = cairo_ft_font_face_create_for_ft_face(f.ft, 0);
            if (cairo_font_face_status(f.cairo) != CAIRO_STATUS_SUCCESS) {
                cairo_font_face_destroy(f.cairo);
                f.cairo = nullptr;
            }
        }
    });
    return faces[bold ? 1 : 0].cairo;
}

cairo_status_t appendTo(void *closure, const unsigned char *data, unsigned int length) {
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

cairo_matrix_t toCairo(const QTransform &t) {
    cairo_matrix_t m;
    cairo_matrix_init(&m, t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy());
    return m;
}

void addPath(cairo_t *cr, const QPainterPath &path) {
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element &e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            cairo_move_to(cr, e.x, e.y);
            break;
        case QPainterPath::LineToElement:
            cairo_line_to(cr, e.x, e.y);
            break;
        case QPainterPath::CurveToElement: {
            const QPainterPath::Element &c2 = path.elementAt(i + 1), &end = path.elementAt(i + 2);
            cairo_curve_to(cr, e.x, e.y, c2.x, c2.y, end.x, end.y);
            i += 2;
            break;
        }
        case QPainterPath::CurveToDataElement: // consumed by its CurveToElement
            break;
        }
    }
}

} // namespace

struct CairoPdfDocument::Private {
    QSizeF size;
    QByteArray bytes;
    cairo_surface_t *surface = nullptr;
    bool finished = false;
    std::unique_ptr<CairoPdfEngine> engine;
};

/// The QPaintEngine behind CairoPdfDocument: QPainter's state (pen, brush, transform, clip,
/// opacity) kept here and applied to a cairo context on the document's surface for each primitive.
class CairoPdfEngine : public QPaintEngine {
public:
    explicit CairoPdfEngine(CairoPdfDocument::Private *doc)
        : QPaintEngine(QPaintEngine::PaintEngineFeatures(QPaintEngine::AllFeatures) &
                       ~QPaintEngine::PaintEngineFeatures(QPaintEngine::PerspectiveTransform))
        , m_doc(doc) {}
    ~CairoPdfEngine() override { destroyContext(); }

    bool begin(QPaintDevice *) override {
        if (m_doc->finished || !m_doc->surface)
            return false;
        m_cr = cairo_create(m_doc->surface);
        cairo_font_options_t *options = cairo_font_options_create();
        // Outlines as they are (no hinting) and unrounded advances: the positions are Qt's.
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_set_font_options(m_cr, options);
        cairo_font_options_destroy(options);
        m_pen = QPen();
        m_brush = QBrush();
        m_transform = QTransform();
        m_opacity = 1.0;
        return cairo_status(m_cr) == CAIRO_STATUS_SUCCESS;
    }
    bool end() override {
        destroyContext();
        return true;
    }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override {
        const DirtyFlags dirty = state.state();
        if (dirty & DirtyPen)
            m_pen = state.pen();
        if (dirty & DirtyBrush)
            m_brush = state.brush();
        if (dirty & DirtyTransform)
            m_transform = state.transform();
        if (dirty & DirtyOpacity)
            m_opacity = state.opacity();
        if (!m_cr)
            return;
        if (dirty & DirtyClipEnabled && !state.isClipEnabled())
            cairo_reset_clip(m_cr);
        if (dirty & (DirtyClipPath | DirtyClipRegion)) {
            QPainterPath path;
            if (dirty & DirtyClipPath)
                path = state.clipPath();
            else
                path.addRegion(state.clipRegion());
            switch (state.clipOperation()) {
            case Qt::NoClip:
                cairo_reset_clip(m_cr);
                break;
            case Qt::ReplaceClip:
                cairo_reset_clip(m_cr);
                clip(path);
                break;
            case Qt::IntersectClip:
                clip(path);
                break;
            }
        }
    }

    void drawRects(const QRectF *rects, int count) override {
        if (!m_cr)
            return;
        setMatrix();
        for (int i = 0; i < count; ++i)
            cairo_rectangle(m_cr, rects[i].x(), rects[i].y(), rects[i].width(), rects[i].height());
        fillAndStroke(CAIRO_FILL_RULE_WINDING);
    }
    void drawRects(const QRect *rects, int count) override {
        for (int i = 0; i < count; ++i) {
            const QRectF r(rects[i]);
            drawRects(&r, 1);
        }
    }
    void drawLines(const QLineF *lines, int count) override {
        if (!m_cr || m_pen.style() == Qt::NoPen)
            return;
        setMatrix();
        for (int i = 0; i < count; ++i) {
            cairo_move_to(m_cr, lines[i].x1(), lines[i].y1());
            cairo_line_to(m_cr, lines[i].x2(), lines[i].y2());
        }
        stroke();
    }
    void drawLines(const QLine *lines, int count) override {
        for (int i = 0; i < count; ++i) {
            const QLineF l(lines[i]);
            drawLines(&l, 1);
        }
    }
    void drawPath(const QPainterPath &path) override {
        if (!m_cr)
            return;
        setMatrix();
        addPath(m_cr, path);
        fillAndStroke(path.fillRule() == Qt::OddEvenFill ? CAIRO_FILL_RULE_EVEN_ODD
                                                         : CAIRO_FILL_RULE_WINDING);
    }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override {
        if (!m_cr || count < 1)
            return;
        setMatrix();
        cairo_move_to(m_cr, points[0].x(), points[0].y());
        for (int i = 1; i < count; ++i)
            cairo_line_to(m_cr, points[i].x(), points[i].y());
        if (mode == PolylineMode) {
            if (m_pen.style() != Qt::NoPen)
                stroke();
            else
                cairo_new_path(m_cr);
            return;
        }
        cairo_close_path(m_cr);
        fillAndStroke(mode == OddEvenMode ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING);
    }
    void drawPolygon(const QPoint *points, int count, PolygonDrawMode mode) override {
        QVarLengthArray<QPointF, 16> f;
        for (int i = 0; i < count; ++i)
            f.append(QPointF(points[i]));
        drawPolygon(f.constData(), count, mode);
    }
    void drawPoints(const QPointF *points, int count) override {
        // A point is the pen's square (round with a round cap) of the pen's width.
        if (!m_cr || m_pen.style() == Qt::NoPen)
            return;
        setMatrix();
        for (int i = 0; i < count; ++i) {
            cairo_move_to(m_cr, points[i].x(), points[i].y());
            cairo_close_path(m_cr);
        }
        stroke();
    }
    void drawPoints(const QPoint *points, int count) override {
        for (int i = 0; i < count; ++i) {
            const QPointF p(points[i]);
            drawPoints(&p, 1);
        }
    }

    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                   Qt::ImageConversionFlags) override {
        if (!m_cr || image.isNull() || sr.isEmpty())
            return;
        QImage argb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        cairo_surface_t *src = cairo_image_surface_create_for_data(
            argb.bits(), CAIRO_FORMAT_ARGB32, argb.width(), argb.height(), int(argb.bytesPerLine()));
        setMatrix();
        cairo_save(m_cr);
        cairo_rectangle(m_cr, r.x(), r.y(), r.width(), r.height());
        cairo_clip(m_cr);
        cairo_translate(m_cr, r.x(), r.y());
        cairo_scale(m_cr, r.width() / sr.width(), r.height() / sr.height());
        cairo_set_source_surface(m_cr, src, -sr.x(), -sr.y());
        cairo_paint_with_alpha(m_cr, m_opacity);
        cairo_restore(m_cr);
        cairo_surface_destroy(src); // cairo copies the image data into the PDF on use
    }
    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override {
        drawImage(r, pm.toImage(), sr, Qt::AutoColor);
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override {
        if (!m_cr)
            return;
        const QString text = item.text();
        if (text.isEmpty())
            return;
        const QFont font = item.font();
        const QRawFont raw = QRawFont::fromFont(font);
        cairo_font_face_t *face = nullptr;
        if (raw.isValid() && raw.familyName() == QLatin1String("DejaVuPaper"))
            face = paperFace(raw.weight() >= QFont::DemiBold);
        const QList<quint32> glyphs = face ? raw.glyphIndexesForString(text) : QList<quint32>();
        const bool drawable = face && !glyphs.isEmpty() && !glyphs.contains(0u);
        if (!drawable) { // another font, or a character it lacks: the outlines, filled
            QPainterPath path;
            path.addText(p, font, text);
            setMatrix();
            addPath(m_cr, path);
            cairo_set_fill_rule(m_cr, CAIRO_FILL_RULE_WINDING);
            setSource(m_pen.color());
            cairo_fill(m_cr);
            return;
        }
        // Qt's layout of this item: each glyph's unkerned advance (the font is unhinted, so these
        // are the design advances at the item's pixel size, as QTextEngine placed them).
        const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs);
        QVarLengthArray<cairo_glyph_t, 64> cg(glyphs.size());
        qreal x = p.x(), y = p.y();
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            cg[i].index = glyphs[i];
            cg[i].x = x;
            cg[i].y = y;
            x += advances[i].x();
            y += advances[i].y();
        }
        // One cluster per character (no shaping: one glyph each) gives the PDF its ToUnicode map.
        const QByteArray utf8 = text.toUtf8();
        QVarLengthArray<cairo_text_cluster_t, 64> clusters;
        if (glyphs.size() == text.size()) {
            for (const QChar c : text)
                clusters.append({c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 ? 2 : 3, 1});
        }
        setMatrix();
        cairo_set_font_face(m_cr, face);
        cairo_set_font_size(m_cr, raw.pixelSize());
        setSource(m_pen.color());
        if (!clusters.isEmpty())
            cairo_show_text_glyphs(m_cr, utf8.constData(), int(utf8.size()), cg.constData(), int(cg.size()),
                                   clusters.constData(), int(clusters.size()), cairo_text_cluster_flags_t(0));
        else
            cairo_show_glyphs(m_cr, cg.constData(), int(cg.size()));
    }

    void newPage() {
        if (m_cr)
            cairo_show_page(m_cr);
    }

private:
    void destroyContext() {
        if (m_cr)
            cairo_destroy(m_cr);
        m_cr = nullptr;
    }
    void setMatrix() {
        const cairo_matrix_t m = toCairo(m_transform);
        cairo_set_matrix(m_cr, &m);
    }
    void clip(const QPainterPath &path) {
        setMatrix();
        addPath(m_cr, path);
        cairo_set_fill_rule(m_cr, path.fillRule() == Qt::OddEvenFill ? CAIRO_FILL_RULE_EVEN_ODD
                                                                     : CAIRO_FILL_RULE_WINDING);
        cairo_clip(m_cr);
    }
    void setSource(const QColor &c) {
        cairo_set_source_rgba(m_cr, c.redF(), c.greenF(), c.blueF(), c.alphaF() * m_opacity);
    }
    void fillAndStroke(cairo_fill_rule_t rule) {
        const bool fill = m_brush.style() != Qt::NoBrush, withPen = m_pen.style() != Qt::NoPen;
        if (fill) {
            cairo_set_fill_rule(m_cr, rule);
            setSource(m_brush.color());
            if (withPen)
                cairo_fill_preserve(m_cr);
            else
                cairo_fill(m_cr);
        }
        if (withPen)
            stroke();
        else if (!fill)
            cairo_new_path(m_cr);
    }
    void stroke() {
        qreal width = m_pen.widthF();
        const bool cosmetic = m_pen.isCosmetic() || width <= 0;
        if (width <= 0)
            width = 1;
        switch (m_pen.capStyle()) {
        case Qt::FlatCap:
            cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_BUTT);
            break;
        case Qt::RoundCap:
            cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_ROUND);
            break;
        default:
            cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_SQUARE);
            break;
        }
        switch (m_pen.joinStyle()) {
        case Qt::RoundJoin:
            cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_ROUND);
            break;
        case Qt::MiterJoin:
        case Qt::SvgMiterJoin:
            cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_MITER);
            cairo_set_miter_limit(m_cr, m_pen.miterLimit());
            break;
        default:
            cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_BEVEL);
            break;
        }
        if (m_pen.style() != Qt::SolidLine) {
            const QList<qreal> pattern = m_pen.dashPattern();
            QVarLengthArray<double, 8> dashes;
            for (qreal d : pattern)
                dashes.append(d * width);
            cairo_set_dash(m_cr, dashes.constData(), int(dashes.size()), m_pen.dashOffset() * width);
        } else {
            cairo_set_dash(m_cr, nullptr, 0, 0);
        }
        setSource(m_pen.color());
        if (cosmetic) { // in device units, whatever the transform
            cairo_identity_matrix(m_cr);
        }
        cairo_set_line_width(m_cr, width);
        cairo_stroke(m_cr);
    }

    CairoPdfDocument::Private *m_doc;
    cairo_t *m_cr = nullptr;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    qreal m_opacity = 1.0;
};

CairoPdfDocument::CairoPdfDocument(QSizeF pageSize)
    : d(new Private) {
    d->size = pageSize;
    d->surface =
        cairo_pdf_surface_create_for_stream(appendTo, &d->bytes, pageSize.width(), pageSize.height());
    if (cairo_surface_status(d->surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(d->surface);
        d->surface = nullptr;
    }
    d->engine = std::make_unique<CairoPdfEngine>(d.get());
}

CairoPdfDocument::~CairoPdfDocument() {
    d->engine.reset();
    if (d->surface)
        cairo_surface_destroy(d->surface);
}

void CairoPdfDocument::setTitle(const QString &title) {
    if (d->surface)
        cairo_pdf_surface_set_metadata(d->surface, CAIRO_PDF_METADATA_TITLE, title.toUtf8().constData());
}

void CairoPdfDocument::setCreator(const QString &creator) {
    if (d->surface)
        cairo_pdf_surface_set_metadata(d->surface, CAIRO_PDF_METADATA_CREATOR, creator.toUtf8().constData());
}

bool CairoPdfDocument::newPage() {
    if (d->finished || !d->surface)
        return false;
    if (d->engine->isActive())
        d->engine->newPage();
    else
        cairo_surface_show_page(d->surface);
    return true;
}

QByteArray CairoPdfDocument::finish() {
    if (!d->finished) {
        d->finished = true;
        if (!d->surface)
            return {};
        cairo_surface_finish(d->surface);
        if (cairo_surface_status(d->surface) != CAIRO_STATUS_SUCCESS)
            d->bytes.clear();
    }
    return d->bytes;
}

QPaintEngine *CairoPdfDocument::paintEngine() const {
    return d->engine.get();
}

int CairoPdfDocument::metric(PaintDeviceMetric metric) const {
    switch (metric) {
    case PdmWidth:
        return qRound(d->size.width());
    case PdmHeight:
        return qRound(d->size.height());
    case PdmWidthMM:
        return qRound(d->size.width() * 25.4 / 72);
    case PdmHeightMM:
        return qRound(d->size.height() * 25.4 / 72);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return 72;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace adesk
