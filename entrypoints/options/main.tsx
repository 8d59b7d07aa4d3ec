import { render } from 'preact';
import { OptionsApp } from '../../src/extension/ui/options/App';
import '../../src/extension/ui/options/options.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
