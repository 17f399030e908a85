// Stands in for a marketing tag (consent): sets an advertising cookie.
document.cookie = '_fbp=fb.1.' + Date.now() + '; Path=/; Max-Age=' + 60 * 60 * 24 * 90 + '; SameSite=Lax';
(window.demoLog ||= []).push('marketing: ad cookie _fbp set');
document.dispatchEvent(new CustomEvent('demo-log'));
