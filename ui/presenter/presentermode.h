// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QRect>
#include <QStringList>

class QLabel;
class QWidget;

namespace fl::ui {

class MainWindow;
class PointerOverlay;

// View ▸ Presenter (F11): the lab for a talk. Full screen, every text at least 1/45 of the screen's
// height (readable from the back of a room), a high-contrast palette, only the map, the charts and
// a running lesson on screen, and one key per common move while it is on:
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
    explicit PresenterMode(MainWindow *window);
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

    MainWindow *m_window;
    bool m_active = false;
    bool m_escapeOnce = false; // one Esc seen: the next one leaves
    // What leaving restores.
    QByteArray m_dockState;
    QRect m_geometry;
    Qt::WindowStates m_windowState;
    QFont m_font;
    QPalette m_palette;
    bool m_menuBarShown = true;
    bool m_statusBarShown = true;
    double m_chartScale = 1.0;
    double m_textScale = 1.0;
    QLabel *m_help = nullptr;
    QLabel *m_escapeHint = nullptr;
    PointerOverlay *m_pointer = nullptr;
};

} // namespace fl::ui
