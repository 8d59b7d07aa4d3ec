import { render } from 'preact';
import '../../src/ui/welcome/welcome.css';
import { WelcomeApp } from '../../src/ui/welcome/welcome-app';

const root = document.getElementById('app');
if (root) render(<WelcomeApp />, root);
