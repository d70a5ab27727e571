// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentermode.h"

#include "map/mapitems.h"
#include "map/worldmapscene.h"
#include "map/worldmapview.h"
#include "panels/chartspanel.h"
#include "presenterhost.h"
#include "textscale.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <cmath>

namespace fl::ui {

// A bright disc under the mouse on the map, so that a room can follow what the speaker points at.
class PointerOverlay : public QWidget
{
public:
    explicit PointerOverlay(QWidget *viewport) : QWidget(viewport)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        viewport->setMouseTracking(true);
        viewport->installEventFilter(this);
        resize(viewport->size());
        hide();
    }
    QPoint at() const { return m_at; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::MouseMove) {
            m_at = static_cast<QMouseEvent *>(event)->position().toPoint();
            update();
        } else if (event->type() == QEvent::Resize) {
            resize(parentWidget()->size());
        }
        return false;
    }
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal radius = std::max<qreal>(18, height() / 30.0);
        QRadialGradient glow(m_at, radius);
        glow.setColorAt(0, QColor(255, 40, 40, 200));
        glow.setColorAt(0.55, QColor(255, 40, 40, 120));
        glow.setColorAt(1, QColor(255, 40, 40, 0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(glow);
        painter.drawEllipse(QPointF(m_at), radius, radius);
    }

private:
    QPoint m_at;
};

namespace {

// Black on white, strong selection: a projector washes out pale greys.
QPalette highContrastPalette(QPalette palette)
{
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, Qt::white);
        palette.setColor(group, QPalette::WindowText, Qt::black);
        palette.setColor(group, QPalette::Base, Qt::white);
        palette.setColor(group, QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
        palette.setColor(group, QPalette::Text, Qt::black);
        palette.setColor(group, QPalette::Button, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(group, QPalette::ButtonText, Qt::black);
        palette.setColor(group, QPalette::Highlight, QColor(0x00, 0x33, 0x99));
        palette.setColor(group, QPalette::HighlightedText, Qt::white);
        palette.setColor(group, QPalette::ToolTipBase, Qt::black);
        palette.setColor(group, QPalette::ToolTipText, Qt::white);
    }
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x55, 0x55, 0x55));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x55, 0x55, 0x55));
    return palette;
}

QLabel *overlayLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("QLabel { background: rgba(0, 0, 0, 215); color: white; "
                                        "border-radius: 12px; padding: 18px; }"));
    label->hide();
    return label;
}

} // namespace

PresenterMode::PresenterMode(PresenterHost *host)
    : QObject(host->presenterWindow()), m_host(host), m_window(host->presenterWindow())
{
    m_help = overlayLabel(m_window, QStringLiteral("presenterHelp"));
    m_escapeHint = overlayLabel(m_window, QStringLiteral("presenterEscapeHint"));
    for (WorldMapView *map : host->presenterMaps())
        m_pointers.push_back(new PointerOverlay(map->viewport()));
}

PresenterMode::~PresenterMode()
{
    if (m_active)
        qApp->removeEventFilter(this);
}

int PresenterMode::minimumTextPixels() const
{
    const QScreen *screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    return static_cast<int>(std::ceil(screen->geometry().height() / 45.0));
}

bool PresenterMode::helpShown() const
{
    return m_help->isVisible();
}

bool PresenterMode::pointerShown() const
{
    return !m_pointers.empty() && m_pointers.front()->isVisible();
}

void PresenterMode::enter()
{
    if (m_active)
        return;
    m_active = true;
    m_dockState = m_window->saveState();
    m_geometry = m_window->geometry();
    m_windowState = m_window->windowState();
    m_font = m_window->font();
    m_palette = m_window->palette();
    m_menuBarShown = m_window->menuBar()->isVisible();
    m_statusBarShown = m_window->statusBar()->isVisible();
    m_textScale = TextScale::factor();
    m_chartScales.clear();
    for (ChartsPanel *charts : m_host->presenterCharts())
        m_chartScales.push_back(charts->typeScale());

    m_window->menuBar()->hide();
    m_window->statusBar()->hide();

    // Every text at least 1/45 of the screen's height: the window's widgets through its font, the
    // map's own labels (its smallest, a badge letter, is 6.5 pt) and the charts (their smallest is
    // about 6 pt) through their scales.
    const int pixels = minimumTextPixels();
    QFont font = m_window->font();
    font.setPixelSize(pixels);
    m_window->setFont(font);
    const double dpi = m_window->logicalDpiY();
    const double pointPixels = dpi / 72.0;
    TextScale::setFactor(std::max(1.0, pixels / (6.5 * pointPixels)));
    for (ChartsPanel *charts : m_host->presenterCharts())
        charts->setTypeScale(std::max(1.0, pixels / (6.0 * pointPixels)));
    for (WorldMapView *map : m_host->presenterMaps()) {
        auto *scene = static_cast<WorldMapScene *>(map->scene());
        scene->retranslate(); // labels are measured again with the new fonts
        scene->update();
    }
    m_window->setPalette(highContrastPalette(m_window->palette()));
    m_window->showFullScreen();
    // Only what the talk needs, laid out for the screen (the host's own layout).
    const QSize screen = m_window->screen() ? m_window->screen()->geometry().size() : m_window->size();
    m_host->arrangeForPresenting(true, screen);
    // Once the full-screen layout has settled: the regions and their users, not the whole world.
    QTimer::singleShot(0, this, [this] {
        if (m_active)
            fitToTheWorldInUse();
    });
    qApp->installEventFilter(this);
    retranslate();
    emit activeChanged(true);
}

void PresenterMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    m_escapeOnce = false;
    qApp->removeEventFilter(this);
    m_help->hide();
    m_escapeHint->hide();
    for (PointerOverlay *pointer : m_pointers)
        pointer->hide();
    TextScale::setFactor(m_textScale);
    const std::vector<ChartsPanel *> charts = m_host->presenterCharts();
    for (std::size_t i = 0; i < charts.size() && i < m_chartScales.size(); ++i)
        charts[i]->setTypeScale(m_chartScales[i]);
    m_host->arrangeForPresenting(false, m_window->size());
    m_window->setPalette(m_palette);
    m_window->setFont(m_font);
    m_window->setWindowState(m_windowState);
    if (!(m_windowState & (Qt::WindowFullScreen | Qt::WindowMaximized)))
        m_window->setGeometry(m_geometry);
    m_window->restoreState(m_dockState);
    m_window->menuBar()->setVisible(m_menuBarShown);
    m_window->statusBar()->setVisible(m_statusBarShown);
    for (WorldMapView *map : m_host->presenterMaps()) {
        auto *scene = static_cast<WorldMapScene *>(map->scene());
        scene->retranslate();
        scene->update();
        map->fitWorld();
    }
    emit activeChanged(false);
}

void PresenterMode::fitToTheWorldInUse()
{
    for (WorldMapView *map : m_host->presenterMaps()) {
        const auto *scene = static_cast<const WorldMapScene *>(map->scene());
        QRectF area;
        const auto include = [&area](const QGraphicsItem *item) {
            if (!item || !item->isVisible())
                return;
            const QRectF point(item->pos(), QSizeF(0.001, 0.001));
            area = area.isNull() ? point : area.united(point);
        };
        for (int r = 0; r < scene->regionCount(); ++r)
            include(scene->regionItem(r));
        for (int p = 0; p < scene->populationCount(); ++p)
            include(scene->populationItem(p));
        if (area.isNull())
            continue;
        // Room around the markers for their labels and badges, which are measured in pixels: about
        // eight text heights beside the outermost markers and three above and below them, and a
        // quarter of the area at least.
        const qreal text = minimumTextPixels();
        const QSize viewport = map->viewport()->size();
        const qreal spanX = std::max<qreal>(area.width(), 1), spanY = std::max<qreal>(area.height(), 1);
        const qreal scale =
            std::min((viewport.width() - 16 * text) / spanX, (viewport.height() - 6 * text) / spanY);
        const qreal quarter = std::max(area.width(), area.height()) * 0.25 + 20;
        const qreal marginX = scale > 0 ? std::max(quarter, 8 * text / scale) : quarter;
        const qreal marginY = scale > 0 ? std::max(quarter, 3 * text / scale) : quarter;
        map->fitArea(area.adjusted(-marginX, -marginY, marginX, marginY));
    }
}

bool PresenterMode::handleKey(int key)
{
    switch (key) {
    case Qt::Key_X:
        m_host->killPrimary();
        return true;
    case Qt::Key_C:
        m_host->cutSelectedLink();
        return true;
    case Qt::Key_0:
        m_host->healEverything();
        return true;
    case Qt::Key_Backspace:
        m_host->resetWorld();
        return true;
    case Qt::Key_Space:
        m_host->playOrPause();
        return true;
    case Qt::Key_Z: {
        const bool show = !pointerShown();
        for (PointerOverlay *pointer : m_pointers) {
            pointer->setVisible(show);
            pointer->raise();
        }
        return true;
    }
    case Qt::Key_Question:
        showHelp(!m_help->isVisible());
        return true;
    case Qt::Key_PageDown:
        m_host->nextStep();
        return true;
    case Qt::Key_PageUp:
        m_host->previousStep();
        return true;
    default:
        return false;
    }
}

bool PresenterMode::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_active || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    // Keys typed into the window only (not a dialog's fields), once each.
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return QObject::eventFilter(watched, event);
    const int code = key->key();
    if (event->type() == QEvent::ShortcutOverride) {
        // Ours win over the window's one-key actions while presenting.
        const bool ours = code == Qt::Key_Escape || code == Qt::Key_X || code == Qt::Key_C ||
                          code == Qt::Key_0 || code == Qt::Key_Backspace || code == Qt::Key_Space ||
                          code == Qt::Key_Z || code == Qt::Key_Question || code == Qt::Key_PageDown ||
                          code == Qt::Key_PageUp;
        if (ours)
            event->accept();
        return false;
    }
    if (key->isAutoRepeat())
        return true;
    if (code == Qt::Key_Escape) {
        if (m_help->isVisible()) {
            showHelp(false);
            return true;
        }
        if (m_escapeOnce) {
            leave();
            return true;
        }
        m_escapeOnce = true;
        placeOverlays();
        m_escapeHint->show();
        m_escapeHint->raise();
        return true;
    }
    m_escapeOnce = false;
    m_escapeHint->hide();
    return handleKey(code);
}

void PresenterMode::showHelp(bool show)
{
    retranslate();
    placeOverlays();
    m_help->setVisible(show);
    if (show)
        m_help->raise();
}

void PresenterMode::placeOverlays()
{
    QFont font = m_window->font();
    font.setPixelSize(std::max(minimumTextPixels(), 1));
    m_help->setFont(font);
    m_escapeHint->setFont(font);
    m_help->adjustSize();
    m_escapeHint->adjustSize();
    const QRect area = m_window->rect();
    m_help->move(area.center() - m_help->rect().center());
    m_escapeHint->move(area.center().x() - m_escapeHint->width() / 2, area.height() / 12);
}

void PresenterMode::retranslate()
{
    const QList<std::pair<QString, QString>> keys = {
        {QStringLiteral("X"), tr("Kill the primary's region")},
        {QStringLiteral("C"), tr("Cut the selected link both ways")},
        {QStringLiteral("0"), tr("Heal everything: every link, region and tier")},
        {tr("Backspace"), tr("Reset the scenario")},
        {tr("Space"), tr("Pause or play")},
        {QStringLiteral("Z"), tr("Pointer on the map")},
        {tr("Page Down"), tr("Lesson: run the step, then the next one")},
        {tr("Page Up"), tr("Lesson: the previous step")},
        {QStringLiteral("?"), tr("Show or hide these keys")},
        {tr("Esc Esc"), tr("Leave presenter mode (F11 at once)")},
    };
    QString rows;
    for (const auto &[key, what] : keys)
        rows += QStringLiteral("<tr><td align='right'><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    m_help->setText(QStringLiteral("<p><b>%1</b></p><table>%2</table>").arg(tr("Presenter keys"), rows));
    m_escapeHint->setText(tr("Press Esc again to leave presenter mode"));
}

} // namespace fl::ui
