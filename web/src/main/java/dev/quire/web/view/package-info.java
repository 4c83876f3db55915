/**
 * View models of the HTML pages: plain records the jte templates read. They are public only because
 * the precompiled templates live in another package; nothing outside the web layer should use them.
 */
package dev.quire.web.view;
