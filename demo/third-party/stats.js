// Stands in for a cookieless statistics script (legitimate interest): counts a page view.
(window.demoLog ||= []).push('statistics: page view counted without cookies');
document.dispatchEvent(new CustomEvent('demo-log'));
