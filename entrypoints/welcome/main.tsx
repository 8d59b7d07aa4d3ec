import { render } from 'preact';
import '../../src/extension/ui/welcome/welcome.css';
import { WelcomeApp } from '../../src/extension/ui/welcome/welcome-app';

const root = document.getElementById('app');
if (root) render(<WelcomeApp />, root);
