// A Vue 3 app using cookie-basis from npm: the elements as custom elements, the API and its events.
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
