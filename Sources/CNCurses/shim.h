// The thin C layer between Swift and ncurses. Only TerminalUI's ncurses backend imports it.
//
// Why a shim: SwiftPM drops the -D_XOPEN_SOURCE flags pkg-config gives for ncursesw, which hides
// the wide-character API; Swift 6 rejects C globals (stdscr, LINES, COLS) as shared mutable state;
// and macros (COLOR_PAIR, A_BOLD, getmaxyx, KEY_*) are not importable. Each is wrapped below.
#ifndef PARLEY_CNCURSES_SHIM_H
#define PARLEY_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

int wcwidth(wchar_t c);

static inline WINDOW *parley_stdscr(void) { return stdscr; }
static inline int parley_lines(void) { return LINES; }
static inline int parley_cols(void) { return COLS; }
static inline int parley_colors(void) { return COLORS; }
static inline int parley_color_pairs(void) { return COLOR_PAIRS; }
static inline int parley_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int parley_getmaxx(WINDOW *w) { return getmaxx(w); }

static inline attr_t parley_a_normal(void) { return A_NORMAL; }
static inline attr_t parley_a_bold(void) { return A_BOLD; }
static inline attr_t parley_a_underline(void) { return A_UNDERLINE; }
static inline attr_t parley_a_reverse(void) { return A_REVERSE; }
static inline attr_t parley_a_dim(void) { return A_DIM; }
static inline attr_t parley_a_italic(void) { return A_ITALIC; }
/* Whether the terminal description has "enter italics mode" (sitm). */
static inline int parley_has_italics(void) {
    char *cap = tigetstr((char *)"sitm");
    return cap != NULL && cap != (char *)-1;
}
static inline attr_t parley_a_standout(void) { return A_STANDOUT; }
static inline attr_t parley_color_pair(short n) { return COLOR_PAIR(n); }

static inline int parley_key_resize(void) { return KEY_RESIZE; }
static inline int parley_key_up(void) { return KEY_UP; }
static inline int parley_key_down(void) { return KEY_DOWN; }
static inline int parley_key_left(void) { return KEY_LEFT; }
static inline int parley_key_right(void) { return KEY_RIGHT; }
static inline int parley_key_home(void) { return KEY_HOME; }
static inline int parley_key_end(void) { return KEY_END; }
static inline int parley_key_npage(void) { return KEY_NPAGE; }
static inline int parley_key_ppage(void) { return KEY_PPAGE; }
static inline int parley_key_enter(void) { return KEY_ENTER; }
static inline int parley_key_backspace(void) { return KEY_BACKSPACE; }
static inline int parley_key_dc(void) { return KEY_DC; }
static inline int parley_key_btab(void) { return KEY_BTAB; }
static inline int parley_key_mouse(void) { return KEY_MOUSE; }
static inline int parley_key_f(int n) { return KEY_F(n); }
static inline int parley_key_code_yes(void) { return KEY_CODE_YES; }
static inline int parley_err(void) { return ERR; }

static inline mmask_t parley_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t parley_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t parley_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t parley_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t parley_button5_pressed(void) { return 0; }
#endif

/// Writes one grapheme cluster (its scalars, at most CCHARW_MAX) with attributes and colour pair.
static inline int parley_put_cluster(WINDOW *w, int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(w, y, x, &c);
}

static inline void parley_set_escdelay(int ms) { set_escdelay(ms); }

/// Writes one grapheme cluster keeping ALL its scalars (up to CCHARW_MAX) in one cell.
/// setcchar stops at the first scalar with non-zero wcwidth after the base, which would cut a
/// ZWJ sequence (👨‍👩‍👧) or a flag (🇯🇵) apart; here the base goes through setcchar (attributes and
/// colour pair set the documented way) and the remaining scalars are copied in afterwards, so
/// ncurses sends the whole cluster to the terminal and advances by the base's width only.
static inline int parley_put_cluster_whole(WINDOW *w, int y, int x, const wchar_t *wch, int n, attr_t attrs, short pair) {
    cchar_t c;
    wchar_t base[2] = { n > 0 ? wch[0] : L' ', 0 };
    if (setcchar(&c, base, attrs, pair, NULL) == ERR) return ERR;
    for (int i = 1; i < n && i < CCHARW_MAX; i++) c.chars[i] = wch[i];
    return mvwadd_wch(w, y, x, &c);
}

/// Reads back the scalars stored in a cell (for tests); returns how many were copied.
static inline int parley_read_cell(WINDOW *w, int y, int x, wchar_t *out, int max) {
    cchar_t c;
    if (mvwin_wch(w, y, x, &c) == ERR) return -1;
    int n = 0;
    for (; n < CCHARW_MAX && n < max && c.chars[n] != 0; n++) out[n] = c.chars[n];
    return n;
}

static inline int parley_ccharw_max(void) { return CCHARW_MAX; }
static inline mmask_t parley_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t parley_button1_click(void) { return BUTTON1_CLICKED; }

#endif
