// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QRect>
#include <QStringList>
#include <vector>

class QMainWindow;

class QLabel;
class QWidget;

namespace fl::ui {

class PointerOverlay;
class PresenterHost;

// View ▸ Presenter (F11): a window for a talk (the lab's, or the compare view). Full screen, every
// text at least 1/45 of the screen's height (readable from the back of a room), a high-contrast
// palette, only what the talk needs on screen (the host decides: the maps, the charts, a running
// lesson, the comparison table), and one key per common move while it is on:
//
//   X kill the primary · C cut the selected link · 0 heal everything · Backspace reset ·
//   Space pause · Z pointer · Page Down / Page Up next and previous lesson step · ? these keys
//
// A clicker sends Esc too, so Esc leaves only when pressed twice in a row; F11 leaves at once.
// Leaving puts back the window, its docks, fonts and palette exactly as they were.
class PresenterMode : public QObject
{
    Q_OBJECT

public:
    explicit PresenterMode(PresenterHost *host);
    ~PresenterMode() override;

    bool isActive() const { return m_active; }
    void enter();
    void leave();
    void toggle() { m_active ? leave() : enter(); }
    // The smallest text size presenter mode allows on this screen, in pixels.
    int minimumTextPixels() const;
    bool helpShown() const;
    // Zooms the map to the regions and populations of the world that runs (on entering, and when
    // another world starts while presenting).
    void fitToTheWorldInUse();
    bool pointerShown() const;

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(int key);
    void showHelp(bool show);
    void retranslate();
    void placeOverlays();

    PresenterHost *m_host;
    QMainWindow *m_window;
    bool m_active = false;
    bool m_escapeOnce = false; // one Esc seen: the next one leaves
    // What leaving restores.
    QByteArray m_dockState;
    std::vector<double> m_chartScales;
    QRect m_geometry;
    Qt::WindowStates m_windowState;
    QFont m_font;
    QPalette m_palette;
    bool m_menuBarShown = true;
    bool m_statusBarShown = true;
    double m_textScale = 1.0;
    QLabel *m_help = nullptr;
    QLabel *m_escapeHint = nullptr;
    std::vector<PointerOverlay *> m_pointers; // one per map, shown together
};

} // namespace fl::ui
